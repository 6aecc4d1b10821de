using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Communications.Pages;

/// <summary>
/// The few pages a citizen opens from an e-mail (confirm a subscription, unsubscribe): plain
/// French HTML that works without JavaScript, never cached, never indexed.
/// </summary>
public static class FrenchPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static ContentHttpResult Render(HttpContext http, string title, string bodyHtml, int statusCode = StatusCodes.Status200OK)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        http.Response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";
        return TypedResults.Content($$"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Encode(title)}} – Festival des Solidarités</title>
            <style>
            body{margin:0;font-family:system-ui,Arial,sans-serif;line-height:1.5;color:#1e1e1e;background:#f6f6f6;overflow-wrap:anywhere}
            main{max-width:36rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:4px}
            button{font:inherit;padding:.6rem 1rem;border:0;border-radius:4px;background:#b3004b;color:#fff;cursor:pointer}
            button:focus-visible,a:focus-visible{outline:3px solid #1e1e1e;outline-offset:2px}
            </style>
            </head>
            <body>
            <main>
            <p><strong>Festival des Solidarités</strong></p>
            <h1>{{Encode(title)}}</h1>
            {{bodyHtml}}
            </main>
            </body>
            </html>
            """, "text/html; charset=utf-8", System.Text.Encoding.UTF8, statusCode);
    }

    /// <summary>A form that POSTs back to the page's own address (token included) behind one button: a GET never changes anything, since mail scanners open links.</summary>
    public static string PostBackForm(string buttonLabel) =>
        $"""<form method="post" action=""><button type="submit">{Encode(buttonLabel)}</button></form>""";

    /// <summary>Whether the caller (a browser following a link) prefers a page to a problem+json document.</summary>
    public static bool Wanted(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>Escapes markup, leaving accents as they are.</summary>
    public static string Encode(string text) => Html.Encode(text);

    /// <summary>A French page for a citizen following a link, a problem document for any other client.</summary>
    public static IResult OrProblem(HttpContext http, int statusCode, string detail, string frenchMessage) =>
        Wanted(http.Request)
            ? Render(http, "Lien non valable", $"<p>{Encode(frenchMessage)}</p>", statusCode)
            : TypedResults.Problem(detail, statusCode: statusCode);
}
