using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Ssi.ServiceDefaults.Authentication;

namespace Ssi.Gateway.RateLimiting;

public static class RateLimitingExtensions
{
    /// <summary>
    /// One global fixed-window limiter: anonymous callers share a window per client IP (after the
    /// forwarded headers of a trusted load balancer are applied), callers whose bearer token validates
    /// get a far larger window per subject. Health probes are never limited. Rejections are 429
    /// problems with <c>Retry-After</c>: the seconds left until the caller's window reopens.
    /// </summary>
    /// <remarks>
    /// The gateway validates tokens only to pick the partition: an invalid token is treated as
    /// anonymous here, and the service behind rejects it.
    /// </remarks>
    public static WebApplicationBuilder AddGatewayRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GatewayRateLimitingOptions>(builder.Configuration.GetSection(GatewayRateLimitingOptions.SectionName));
        builder.Services.AddSingleton<RateLimitingTelemetry>();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteRejectionAsync;
        });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<GatewayRateLimitingOptions>>((options, settings) =>
        {
            var limiters = new CallerLimiters(settings.Value);
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, CallerPartition>(context => Partition(context, limiters));
        });
        return builder;
    }

    /// <remarks>A value key and factories made once: choosing the partition allocates nothing on the hot path.</remarks>
    private static RateLimitPartition<CallerPartition> Partition(HttpContext context, CallerLimiters limiters)
    {
        if (IsHealthProbe(context.Request.Path))
        {
            return RateLimitPartition.GetNoLimiter(CallerPartition.Health);
        }

        if (context.User.Identity?.IsAuthenticated == true && (context.User.SubjectId() ?? context.User.Identity.Name) is { Length: > 0 } subject)
        {
            return RateLimitPartition.Get(new CallerPartition(subject, null), limiters.Authenticated);
        }

        return RateLimitPartition.Get(new CallerPartition(null, context.Connection.RemoteIpAddress), limiters.Anonymous);
    }

    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments(Extensions.HealthEndpointPath) || path.StartsWithSegments(Extensions.AlivenessEndpointPath);

    /// <summary>An authenticated caller's subject, or an anonymous caller's address (none when unknown).</summary>
    private readonly record struct CallerPartition(string? Subject, IPAddress? Address)
    {
        public static readonly CallerPartition Health = new("health", IPAddress.None);
    }

    private sealed class CallerLimiters(GatewayRateLimitingOptions settings)
    {
        public Func<CallerPartition, RateLimiter> Authenticated { get; } = _ => new ClockWindowRateLimiter(settings.Authenticated, TimeProvider.System);

        public Func<CallerPartition, RateLimiter> Anonymous { get; } = _ => new ClockWindowRateLimiter(settings.Anonymous, TimeProvider.System);
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejection, CancellationToken cancellationToken)
    {
        var context = rejection.HttpContext;
        context.RequestServices.GetRequiredService<RateLimitingTelemetry>().Rejected(context.User.Identity?.IsAuthenticated == true);
        var detail = "Too many requests; slow down.";
        if (rejection.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            detail = $"Too many requests; retry in {seconds} s.";
        }

        var problemDetails = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too Many Requests",
                Detail = detail,
            },
        });
    }
}
