namespace PublicSite.Site;

public static class SecurityHeaders
{
    /// <summary>Map tiles come from OpenStreetMap's servers; nothing else is loaded from elsewhere.</summary>
    private const string Policy = "default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; "
        + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// Content security policy and friends. Only the widget's pages may be framed, by any site:
    /// that is what they are for.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var framable = context.Request.Path.StartsWithSegments(WidgetPaths.Frame);
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy + (framable ? "; frame-ancestors *" : "; frame-ancestors 'self'");
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (!framable)
            {
                headers.XFrameOptions = "SAMEORIGIN";
            }

            return next(context);
        });
        return app;
    }
}
