namespace Ssi.Gateway;

/// <summary>The gateway's own settings, bound from the <c>Gateway</c> configuration section.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Largest request body accepted; bigger ones get 413 before reaching a service.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Kestrel's limit on all request headers together (431 above it).</summary>
    public int MaxRequestHeadersTotalBytes { get; set; } = 32 * 1024;

    /// <summary>Kestrel's limit on the number of request headers (431 above it).</summary>
    public int MaxRequestHeaderCount { get; set; } = 64;

    /// <summary>Kestrel's limit on the request line (method, path and query; 414 above it).</summary>
    public int MaxRequestLineBytes { get; set; } = 8 * 1024;

    /// <summary>How long <c>/health</c> waits for one service's <c>/health</c> before calling it unhealthy.</summary>
    public TimeSpan UpstreamHealthTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Memory the shared cache may hold, all answers together.</summary>
    public long CacheSizeLimitBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Largest answer the shared cache keeps; bigger ones are forwarded every time.</summary>
    public long CacheMaxBodyBytes { get; set; } = 1024 * 1024;

    public static GatewayOptions From(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<GatewayOptions>() ?? new GatewayOptions();
}
