using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ssi.ServiceDefaults.Http;

/// <summary>Answers 400 to a request whose path or query string holds a control character (<c>%00</c>, <c>%0A</c>...), once decoded.</summary>
public static class ControlCharacterMiddleware
{
    /// <param name="appliesTo">The requests checked; by default all. The gateway leaves the public site's pages to the site, which answers in French.</param>
    public static IApplicationBuilder UseControlCharacterRejection(this IApplicationBuilder app, Func<HttpRequest, bool>? appliesTo = null) => app.Use(async (context, next) =>
    {
        if ((appliesTo?.Invoke(context.Request) ?? true) && FindInUrl(context.Request) is { } where)
        {
            await Problems.Invalid(where, "Control characters (such as %00 or line breaks) are not allowed in a URL.").ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    /// <returns>Where the request's URL holds a control character ("path", "query parameter 'q'"), or null.</returns>
    public static string? FindInUrl(HttpRequest request) =>
        ControlCharacters.AnyInUrl(request.Path.Value) ? "path"
        : !MayHoldControlCharacter(request.QueryString) ? null
        : request.Query.FirstOrDefault(parameter => ControlCharacters.AnyInUrl(parameter.Key)
            || parameter.Value.Any(value => ControlCharacters.AnyInUrl(value))) is { Key: { } name } ? $"query parameter '{Printable(name)}'"
        : null;

    /// <summary>
    /// A query string can only smuggle a control character percent-encoded (the server refuses raw
    /// ones), so most requests are cleared without parsing their query into a collection.
    /// </summary>
    private static bool MayHoldControlCharacter(QueryString query) =>
        query.Value is { } raw && (raw.Contains('%') || ControlCharacters.AnyInUrl(raw));

    private static string Printable(string name) => new([.. name.Select(character => char.IsControl(character) ? '?' : character)]);
}
