using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Ssi.Gateway.Http;

public static class RequestLimitsExtensions
{
    /// <summary>Kestrel's limits on request bodies, headers and request lines, from the <c>Gateway</c> section.</summary>
    public static WebApplicationBuilder AddGatewayRequestLimits(this WebApplicationBuilder builder)
    {
        var options = GatewayOptions.From(builder.Configuration);
        builder.Services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewayOptions.SectionName));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = options.MaxRequestHeadersTotalBytes;
            kestrel.Limits.MaxRequestHeaderCount = options.MaxRequestHeaderCount;
            kestrel.Limits.MaxRequestLineSize = options.MaxRequestLineBytes;
        });
        return builder;
    }

    /// <summary>
    /// Answers 413 with a problem body when the declared <c>Content-Length</c> is over the limit, before
    /// anything is forwarded. A chunked body that grows past it is cut by Kestrel's limit (set here
    /// per request too, for servers other than Kestrel) and reported by the proxy's error writer.
    /// </summary>
    public static WebApplication UseRequestBodyLimit(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GatewayOptions>>();
        app.Use(async (context, next) =>
        {
            var limit = options.Value.MaxRequestBodyBytes;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
            {
                sizeFeature.MaxRequestBodySize = limit;
            }

            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "Content Too Large",
                        Detail = $"The request body is {context.Request.ContentLength} bytes; the gateway accepts at most {limit}.",
                    },
                });
                return;
            }

            await next(context);
        });
        return app;
    }
}
