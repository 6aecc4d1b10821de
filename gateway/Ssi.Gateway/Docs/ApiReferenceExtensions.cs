using Scalar.AspNetCore;

namespace Ssi.Gateway.Docs;

public static class ApiReferenceExtensions
{
    public const string DocsPath = "/docs";

    /// <summary>
    /// Scalar at <c>/docs</c>, with one document per service, each fetched through the gateway's own
    /// route (<c>/api/directory/openapi/v1.json</c>, ...), so the server URLs in them point through the
    /// gateway too and "try it" calls go where real clients go. Scalar resolves these paths against the
    /// gateway's own base path, so a gateway published under a prefix by a load balancer still works.
    /// The UI's script is served from the package, not a CDN.
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference(DocsPath, options =>
        {
            options.WithTitle("SSI platform API");
            foreach (var (service, index) in Upstreams.Apis.Select((service, index) => (service, index)))
            {
                options.AddDocument(service.Name, service.Title, service.OpenApiPath, isDefault: index == 0);
            }
        }).AllowAnonymous();
        return app;
    }
}
