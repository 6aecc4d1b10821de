namespace Ssi.Gateway.RateLimiting;

/// <summary>Bound from the <c>RateLimiting</c> configuration section.</summary>
public sealed class GatewayRateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Callers without a valid bearer token, one window per client IP.</summary>
    public FixedWindowSettings Anonymous { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Callers with a valid bearer token, one window per subject (<c>sub</c>).</summary>
    public FixedWindowSettings Authenticated { get; set; } = new() { PermitLimit = 1200, Window = TimeSpan.FromMinutes(1) };
}

public sealed class FixedWindowSettings
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
