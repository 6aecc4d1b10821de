using System.Net.Http.Headers;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

/// <summary>
/// The whole platform as real processes: <c>./ssi up</c> on its own instance (databases, virtual
/// host and ports apart from a developer's running platform), driven only through the gateway.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private const int GatewayPort = 5180;

    private static readonly Dictionary<string, string> Instance = new()
    {
        ["SSI_INSTANCE"] = "e2e",
        ["SSI_GATEWAY_PORT"] = GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SSI_SERVICE_PORT_BASE"] = "5190",
    };

    public Uri Gateway { get; } = new($"http://127.0.0.1:{GatewayPort}");

    public async ValueTask InitializeAsync()
    {
        await TestInfrastructure.EnsureStartedAsync();
        await TestInfrastructure.RunSsiAsync(Instance, "up", "--no-build", "--fresh");
    }

    public async ValueTask DisposeAsync() => await TestInfrastructure.RunSsiAsync(Instance, "down", "--keep-infra");

    public HttpClient CreateAnonymousClient() => new() { BaseAddress = Gateway };

    /// <summary>A client carrying a token minted by <c>./ssi token</c>, as a developer would.</summary>
    public async Task<HttpClient> CreateClientAsync(params string[] tokenArguments)
    {
        var token = (await TestInfrastructure.RunSsiAsync(Instance, ["token", .. tokenArguments])).Trim();
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
