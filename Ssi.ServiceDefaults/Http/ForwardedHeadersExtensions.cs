using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ssi.ServiceDefaults.Http;

public static class ForwardedHeadersExtensions
{
    public const string TrustedNetworksKey = "ForwardedHeaders:TrustedNetworks";

    /// <summary>
    /// Honours X-Forwarded-For/Proto/Host/Prefix from loopback, and from the networks listed in
    /// <c>ForwardedHeaders:TrustedNetworks</c> (CIDR, e.g. the load balancer's or the gateway's
    /// container network): without them every client would look like the proxy.
    /// </summary>
    public static IHostApplicationBuilder AddForwardedHeaders(this IHostApplicationBuilder builder)
    {
        var trusted = builder.Configuration.GetSection(TrustedNetworksKey).Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor
                | ForwardedHeaders.XForwardedProto
                | ForwardedHeaders.XForwardedHost
                | ForwardedHeaders.XForwardedPrefix;
            foreach (var network in trusted)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{TrustedNetworksKey} holds '{network}', which is not a CIDR network."));
            }
        });
        return builder;
    }
}
