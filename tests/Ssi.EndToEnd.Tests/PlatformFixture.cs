using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

/// <summary>
/// The whole platform as the AppHost defines it, started through Aspire: PostgreSQL, RabbitMQ,
/// the migrations and the directory's reference data, the four services, the gateway and the
/// dashboard, each a real process on free ports with throw-away data. The tests drive the
/// platform only through the gateway, and read its telemetry from the dashboard's API.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly string _dashboardApiKey = Guid.NewGuid().ToString("N");
    private TestApplication? _platform;

    public Uri Gateway { get; private set; } = null!;

    public Uri Dashboard { get; private set; } = null!;

    public DistributedApplication App => _platform?.App ?? throw new InvalidOperationException("The platform is not started.");

    public async ValueTask InitializeAsync()
    {
        _platform = await TestInfrastructure.StartAppHostAsync("e2e",
            [
                "SSI_DEMO=0",
                "SSI_SERVICE_PORT_BASE=0",
                "SSI_GATEWAY_PORT=0",
                $"Parameters:jwt-signing-key={TestTokens.SigningKey}",
                $"ASPNETCORE_URLS=http://127.0.0.1:{FreePort()}",
                $"ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:{FreePort()}",
                $"ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:{FreePort()}",
                $"AppHost:DashboardApiKey={_dashboardApiKey}",
            ],
            options =>
            {
                options.DisableDashboard = false;
                options.AllowUnsecuredTransport = true;
            });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
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

    /// <summary>A client of the dashboard's telemetry API (<c>/api/telemetry/...</c>).</summary>
    public HttpClient CreateDashboardClient() => new() { BaseAddress = Dashboard, DefaultRequestHeaders = { { "x-api-key", _dashboardApiKey } } };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
