using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Ssi.Gateway.Tests.Infrastructure;

namespace Ssi.Gateway.Tests;

/// <summary>One service stopped behind an otherwise healthy gateway (its own gateway: the stop is not undone).</summary>
public sealed class UpstreamDownTests : IAsyncLifetime
{
    private GatewayHost _host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = await GatewayHost.StartAsync();
        await _host.Services["funding-calls"].StopAsync();
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Health_goes_503_and_names_the_service_that_is_down()
    {
        var stopwatch = Stopwatch.StartNew();
        using var response = await _host.Client.GetAsync("/health", Cancellation);
        stopwatch.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal("Unhealthy", report.RootElement.GetProperty("status").GetString());
        var checks = report.RootElement.GetProperty("checks");
        var fundingCalls = checks.GetProperty("funding-calls");
        Assert.Equal("Unhealthy", fundingCalls.GetProperty("status").GetString());
        Assert.Contains("unreachable", fundingCalls.GetProperty("description").GetString());
        foreach (var name in new[] { "self", "actor-directory", "events-calendar", "communications" })
        {
            Assert.Equal("Healthy", checks.GetProperty(name).GetProperty("status").GetString());
        }

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"/health took {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task Alive_stays_200_while_a_service_is_down()
    {
        using var response = await _host.Client.GetAsync("/alive", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Requests_to_the_stopped_service_get_a_502_problem_naming_it()
    {
        using var response = await _host.Client.GetAsync("/api/funding/calls", Cancellation);

        await EdgeTests.AssertProblemAsync(response, HttpStatusCode.BadGateway);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal("funding-calls", problem.RootElement.GetProperty("service").GetString());
        Assert.Equal("/api/funding/calls", problem.RootElement.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task The_other_services_still_answer()
    {
        using var response = await _host.Client.GetAsync("/api/directory/actors", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
