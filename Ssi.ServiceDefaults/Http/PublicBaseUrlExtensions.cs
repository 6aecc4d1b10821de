using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Ssi.ServiceDefaults.Http;

public static class PublicBaseUrlExtensions
{
    public const string ConfigurationKey = "PublicBaseUrl";

    /// <summary>
    /// With <c>PublicBaseUrl</c> configured (the gateway's public address, e.g.
    /// <c>https://ssi.example.org</c>), every absolute link the service writes (<c>Location</c>,
    /// JSON-LD <c>@id</c>) uses that scheme and host, whatever <c>Host</c> or
    /// <c>X-Forwarded-Host</c> a caller sent. The path prefix still comes from the gateway's
    /// <c>X-Forwarded-Prefix</c>. Without it, links follow the request, as in tests.
    /// </summary>
    public static WebApplication UsePublicBaseUrl(this WebApplication app)
    {
        var configured = app.Configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return app;
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.AbsolutePath != "/")
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be an http or https address without a path, such as https://ssi.example.org; it is '{configured}'.");
        }

        var scheme = url.Scheme;
        var host = url.IsDefaultPort ? new HostString(url.IdnHost) : new HostString(url.IdnHost, url.Port);
        app.Use((context, next) =>
        {
            context.Request.Scheme = scheme;
            context.Request.Host = host;
            return next(context);
        });
        return app;
    }
}
