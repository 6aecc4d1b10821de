using System.Diagnostics.Metrics;

namespace Ssi.Gateway.RateLimiting;

/// <summary>The "Ssi.Gateway" meter: requests the gateway turned away for exceeding their rate limit.</summary>
public sealed class RateLimitingTelemetry
{
    public const string MeterName = "Ssi.Gateway";
    public const string CallerTag = "ssi.caller";

    private readonly Counter<long> _rejections;

    public RateLimitingTelemetry(IMeterFactory meterFactory) =>
        _rejections = meterFactory.Create(MeterName).CreateCounter<long>(
            "ssi.gateway.rate_limit.rejections", "{request}", "Requests answered 429, by caller kind (anonymous per IP, authenticated per subject).");

    public void Rejected(bool authenticated) =>
        _rejections.Add(1, new KeyValuePair<string, object?>(CallerTag, authenticated ? "authenticated" : "anonymous"));
}
