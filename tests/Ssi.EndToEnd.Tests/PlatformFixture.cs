using System.Net.Http.Headers;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

/// <summary>
/// The whole platform as the AppHost defines it, started through Aspire: PostgreSQL, RabbitMQ,
/// the migrations and the directory's reference data, the four services and the gateway, each a
/// real process on free ports with throw-away data. The tests drive it only through the gateway.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private TestApplication? _platform;

    public Uri Gateway { get; private set; } = null!;

    public DistributedApplication App => _platform?.App ?? throw new InvalidOperationException("The platform is not started.");

    public async ValueTask InitializeAsync()
    {
        _platform = await TestInfrastructure.StartAppHostAsync("e2e",
        [
            "SSI_DEMO=0",
            "SSI_SERVICE_PORT_BASE=0",
            "SSI_GATEWAY_PORT=0",
            $"Parameters:jwt-signing-key={TestTokens.SigningKey}",
        ]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await App.ResourceNotifications.WaitForResourceHealthyAsync("gateway", timeout.Token);
        Gateway = App.GetEndpoint("gateway", "http");
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
}
