using Microsoft.AspNetCore.OutputCaching;

namespace Ssi.Gateway.Caching;

public static class SharedCacheExtensions
{
    /// <summary>
    /// The gateway's shared cache (<see cref="SharedCachePolicy"/>), in memory, sized by the
    /// <c>Gateway</c> section: <c>CacheSizeLimitBytes</c> in all, <c>CacheMaxBodyBytes</c> per answer.
    /// </summary>
    public static WebApplicationBuilder AddGatewaySharedCache(this WebApplicationBuilder builder)
    {
        var options = GatewayOptions.From(builder.Configuration);
        builder.Services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.CacheSizeLimitBytes;
            cache.MaximumBodySize = options.CacheMaxBodyBytes;
            cache.AddBasePolicy(new SharedCachePolicy());
        });
        return builder;
    }
}
