using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Ssi.Gateway.Tests.Infrastructure;

namespace Ssi.Gateway.Tests;

/// <summary>A service whose <c>/health</c> never answers must not hang the gateway's <c>/health</c>.</summary>
public sealed class HungServiceTests : IAsyncLifetime
{
    private GatewayHost _host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["Gateway:UpstreamHealthTimeout"] = "00:00:03" });
        _host.Services["events-calendar"].HangHealth = true;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Health_gives_up_on_a_hung_service_after_the_timeout_and_names_it()
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await _host.Client.GetAsync("/health", Cancellation);
        stopwatch.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var checks = report.RootElement.GetProperty("checks");
        var eventsCalendar = checks.GetProperty("events-calendar");
        Assert.Equal("Unhealthy", eventsCalendar.GetProperty("status").GetString());
        Assert.Contains("did not answer within 3 s", eventsCalendar.GetProperty("description").GetString());
        Assert.Equal("Healthy", checks.GetProperty("actor-directory").GetProperty("status").GetString());
        // The timeout leaves the healthy fakes time to answer on a loaded machine. It waited for its timeout, and not for the service, which never answers: the bound is loose
        // because a loaded 2-core CI machine delays everything by seconds.
        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(2.9), TimeSpan.FromSeconds(30));
    }
}
