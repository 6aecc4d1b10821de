using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ssi.ServiceDefaults.Http;

public static class ForwardedHeadersExtensions
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    /// <summary>
    /// Honours X-Forwarded-For/Proto/Host/Prefix only from the proxies in front: by default the
    /// loopback (the gateway in front of a service on one machine), or exactly the addresses listed
    /// in <c>ForwardedHeaders:KnownProxies</c> (the load balancer's), which replace it. Only the
    /// entry the last proxy added is read, so a caller cannot choose the address it is counted as
    /// by sending its own X-Forwarded-For, whatever network it comes from.
    /// </summary>
    public static IHostApplicationBuilder AddForwardedHeaders(this IHostApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor
                | ForwardedHeaders.XForwardedProto
                | ForwardedHeaders.XForwardedHost
                | ForwardedHeaders.XForwardedPrefix;
            options.ForwardLimit = 1;
            if (proxies.Length == 0)
            {
                return;
            }

            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{KnownProxiesKey} holds '{proxy}', which is not an IP address."));
            }
        });
        return builder;
    }
}
