using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Ssi.Gateway.RateLimiting;
using System.Net;
using Ssi.Gateway.Tests.Infrastructure;
using Ssi.Testing;

namespace Ssi.Gateway.Tests;

/// <summary>A gateway whose anonymous limit is tiny, so it is reached in a few requests.</summary>
public sealed class RateLimitingTests : IAsyncLifetime
{
    private const int AnonymousLimit = 3;

    private GatewayHost _host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await GatewayHost.StartAsync(new Dictionary<string, string?>
    {
        ["RateLimiting:Anonymous:PermitLimit"] = AnonymousLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:Anonymous:Window"] = "00:10:00",
        ["RateLimiting:Authenticated:PermitLimit"] = "100",
        ["RateLimiting:Authenticated:Window"] = "00:10:00",
    });

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Anonymous_callers_get_429_with_retry_after_once_over_the_limit_while_authenticated_ones_and_health_probes_go_on()
    {
        // Anonymous, and a token that does not validate counts as anonymous (the service rejects it, not the gateway).
        for (var i = 0; i < AnonymousLimit; i++)
        {
            using var allowed = await SendAsync("/api/calendar/events", i == 0 ? "forged.token.value" : null);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var rejected = await SendAsync("/api/calendar/events");
        await EdgeTests.AssertProblemAsync(rejected, HttpStatusCode.TooManyRequests);
        // The seconds left until the 10-minute window reopens (windows start on multiples of 10 minutes), not the window's length.
        var retryAfter = int.Parse(Assert.Single(rejected.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        var window = TimeSpan.FromMinutes(10);
        var left = window - TimeSpan.FromTicks(DateTimeOffset.UtcNow.UtcTicks % window.Ticks);
        Assert.InRange(retryAfter, (int)left.TotalSeconds - 2, (int)Math.Ceiling(left.TotalSeconds) + 1);

        using var forged = await SendAsync("/api/calendar/events", "forged.token.value");
        Assert.Equal(HttpStatusCode.TooManyRequests, forged.StatusCode);

        // A valid token moves the caller to its own, much larger, per-subject window.
        var token = TestTokens.Create("admin");
        for (var i = 0; i < AnonymousLimit * 5; i++)
        {
            using var authenticated = await SendAsync("/api/calendar/events", token);
            Assert.Equal(HttpStatusCode.OK, authenticated.StatusCode);
        }

        // Health probes are never limited.
        for (var i = 0; i < AnonymousLimit * 2; i++)
        {
            using var alive = await SendAsync("/alive");
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            using var health = await SendAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
    }

    [Fact]
    public async Task Operators_see_each_rejection_on_the_gateway_meter()
    {
        using var rejections = new MetricCollector<long>(
            _host.GatewayServices.GetRequiredService<IMeterFactory>(), RateLimitingTelemetry.MeterName, "ssi.gateway.rate_limit.rejections");

        for (var i = 0; i < AnonymousLimit + 2; i++)
        {
            using var response = await SendAsync("/api/directory/actors");
        }

        Assert.Equal(2, rejections.GetMeasurementSnapshot().Count);
        Assert.All(rejections.GetMeasurementSnapshot(), measurement => Assert.Equal("anonymous", measurement.Tags[RateLimitingTelemetry.CallerTag]));
    }

    [Fact]
    public async Task Each_subject_has_its_own_window()
    {
        var first = TestTokens.Create("member", subject: "first-" + Guid.NewGuid());
        var second = TestTokens.Create("member", subject: "second-" + Guid.NewGuid());

        for (var i = 0; i < 100; i++)
        {
            using var response = await SendAsync("/api/directory/actors", first);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var overLimit = await SendAsync("/api/directory/actors", first);
        Assert.Equal(HttpStatusCode.TooManyRequests, overLimit.StatusCode);

        using var other = await SendAsync("/api/directory/actors", second);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Rotating_X_Forwarded_For_escapes_nothing_unless_it_comes_from_a_known_proxy()
    {
        await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimiting:Anonymous:PermitLimit"] = AnonymousLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:Anonymous:Window"] = "00:10:00",
            ["ForwardedHeaders:KnownProxies:0"] = "192.0.2.10",
        });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < AnonymousLimit + 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/calendar/events");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            using var response = await host.Client.SendAsync(request, Cancellation);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, AnonymousLimit), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _host.Client.SendAsync(request, Cancellation);
    }
}
