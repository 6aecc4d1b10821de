using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Ssi.AppHost.Infrastructure;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

/// <summary>
/// The whole platform as the AppHost defines it, started through Aspire: PostgreSQL, RabbitMQ,
/// the migrations and the directory's reference data, the four services, the gateway and the
/// dashboard, each a real process on free ports with throw-away data. The tests drive the
/// platform only through the gateway, and read its telemetry from the dashboard's API.
/// The calendar starts last, on purpose: the directory registers actors before the calendar's
/// process ever ran (<see cref="RegisteredBeforeTheCalendarStarted"/>), as happens when services
/// start in any order.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly string _dashboardApiKey = Guid.NewGuid().ToString("N");
    private TestApplication? _platform;

    public Uri Gateway { get; private set; } = null!;

    public Uri Dashboard { get; private set; } = null!;

    public DistributedApplication App => _platform?.App ?? throw new InvalidOperationException("The platform is not started.");

    public IReadOnlyList<Guid> RegisteredBeforeTheCalendarStarted { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        _platform = await TestInfrastructure.StartAppHostAsync("e2e",
            [
                "SSI_DEMO=0",
                "SSI_SERVICE_PORT_BASE=0",
                "SSI_GATEWAY_PORT=0",
                $"Parameters:jwt-signing-key={TestTokens.SigningKey}",
                $"ASPNETCORE_URLS=http://127.0.0.1:{FreePorts.Next()}",
                $"ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:{FreePorts.Next()}",
                $"ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:{FreePorts.Next()}",
                $"AppHost:DashboardApiKey={_dashboardApiKey}",
                "SSI_EXPLICIT_START=events-calendar",
            ],
            options =>
            {
                options.DisableDashboard = false;
                options.AllowUnsecuredTransport = true;
            },
            async (app, cancellationToken) =>
            {
                await app.ResourceNotifications.WaitForResourceHealthyAsync("actor-directory", cancellationToken);
                RegisteredBeforeTheCalendarStarted = await RegisterActorsAsync(DirectoryEndpoint(app));
                await app.ResourceCommands.ExecuteCommandAsync("events-calendar", KnownResourceCommands.StartCommand, cancellationToken);
            });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
        Gateway = App.GetEndpoint("gateway", "http");
        Dashboard = App.GetEndpoint("aspire-dashboard", "http");
    }

    public async ValueTask DisposeAsync()
    {
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }

    public HttpClient CreateAnonymousClient() => new() { BaseAddress = Gateway };

    public HttpClient CreateClient(string token)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    // The testing extensions resolve endpoints only once every resource started, and the calendar has not yet.
    private static Uri DirectoryEndpoint(DistributedApplication app) =>
        new(app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .OfType<ProjectResource>().Single(resource => resource.Name == "actor-directory")
            .GetEndpoint("http").Url);

    private static async Task<IReadOnlyList<Guid>> RegisterActorsAsync(Uri directory)
    {
        using var client = new HttpClient { BaseAddress = directory };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("coordinator", territories: ["64"]));
        var actors = new List<Guid>();
        foreach (var name in new[] { "Collectif SSI de Billère", "CCFD-Terre Solidaire Béarn", "Médiathèque de Billère" })
        {
            var registered = await client.PostAsJsonAsync("/actors", new { name, kind = "association", territoryCode = "64129" });
            registered.EnsureSuccessStatusCode();
            actors.Add((await registered.ReadJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }

        return actors;
    }

    /// <summary>A client of the dashboard's telemetry API (<c>/api/telemetry/...</c>).</summary>
    public HttpClient CreateDashboardClient() => new() { BaseAddress = Dashboard, DefaultRequestHeaders = { { "x-api-key", _dashboardApiKey } } };
}
