using Ssi.ServiceDefaults.Http;

namespace PublicSite.Caching;

/// <summary>
/// Tags every page read successfully with a hash of its bytes and answers a client that already
/// holds those bytes with a 304. Browsers revalidate on each visit (<c>no-cache</c>), so a
/// programme changed by a moderator shows at once, while an unchanged one costs a few bytes.
/// </summary>
public sealed class ContentETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        using var page = new MemoryStream();
        context.Response.Body = page;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK && !context.Response.Headers.ContainsKey("ETag")
            && HttpCaching.IsNotModified(context, HttpCaching.BytesTag(page.GetBuffer().AsSpan(0, (int)page.Length)), HttpCaching.Revalidate))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.ContentLength = null;
            return;
        }

        page.Position = 0;
        await page.CopyToAsync(body, context.RequestAborted);
    }
}
