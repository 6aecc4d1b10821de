using Ssi.Gateway.Caching;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;
using Yarp.ReverseProxy.Transforms;

namespace Ssi.Gateway.ReverseProxy;

public static class ReverseProxyExtensions
{
    public const string ForwardedPrefixHeader = "X-Forwarded-Prefix";

    /// <summary>
    /// One route and one cluster per service: <c>/api/directory/{**catch-all}</c> goes to
    /// <c>http://actor-directory</c> (resolved by service discovery) without its prefix, and the service
    /// hears the prefix in <c>X-Forwarded-Prefix</c> so the links and OpenAPI server URLs it writes point
    /// back through the gateway.
    /// </summary>
    public static WebApplicationBuilder AddGatewayReverseProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IDestinationResolver, ServiceDiscoveryDestinationResolver>();
        builder.Services.AddReverseProxy()
            .LoadFromMemory(Upstreams.All.Select(CreateRoute).ToList(), Upstreams.All.Select(CreateCluster).ToList())
            .AddTransforms(context =>
            {
                if (Upstreams.Find(context.Route.RouteId) is not { } service)
                {
                    return;
                }

                if (service.PathPrefix.Length > 0)
                {
                    context.AddPathRemovePrefix(service.PathPrefix);
                }

                // X-Forwarded-For/Proto/Host replace whatever the caller sent (the services trust the gateway,
                // not the internet); the prefix is the gateway's own path base plus the route's prefix.
                context.UseDefaultForwarders = false;
                context.AddXForwardedFor(action: ForwardedTransformActions.Set);
                context.AddXForwardedProto(action: ForwardedTransformActions.Set);
                context.AddXForwardedHost(action: ForwardedTransformActions.Set);
                context.AddResponseTransform(SharedCachePolicy.AdmitUpstreamResponse);
                var prefix = service.PathPrefix;
                context.AddRequestTransform(transform =>
                {
                    transform.ProxyRequest.Headers.Remove(ForwardedPrefixHeader);
                    transform.ProxyRequest.Headers.TryAddWithoutValidation(ForwardedPrefixHeader, transform.HttpContext.Request.PathBase.Add(prefix).Value);
                    return ValueTask.CompletedTask;
                });
            });

        return builder;
    }

    /// <summary>Maps the proxy, with the problem details writer for the errors YARP answers itself (502, 503, 504).</summary>
    public static WebApplication MapGatewayReverseProxy(this WebApplication app)
    {
        // An API path no service serves is a 404 problem here, not a page of the public site.
        app.Map(Upstreams.ApiPrefix + "/{**rest}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No API is served at this path."))
            .AllowAnonymous().ExcludeFromDescription();
        app.Map(Upstreams.ApiPrefix, () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No API is served at this path."))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<ProxyErrorProblemDetailsMiddleware>();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }

    private static RouteConfig CreateRoute(UpstreamService service) => new()
    {
        RouteId = service.Name,
        ClusterId = service.Name,
        Match = new RouteMatch { Path = service.PathPrefix + "/{**catch-all}" },
        // The site's catch-all comes after every more precise path of the gateway and the APIs.
        Order = service == Upstreams.PublicSite ? int.MaxValue : null,
        // The gateway forwards anonymous and authenticated calls alike: each service authorizes its own endpoints.
        AuthorizationPolicy = "anonymous",
    };

    private static ClusterConfig CreateCluster(UpstreamService service) => new()
    {
        ClusterId = service.Name,
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [service.Name] = new() { Address = service.ServiceUri.ToString() },
        },
    };
}
