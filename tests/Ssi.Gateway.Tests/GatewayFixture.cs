using Ssi.Gateway.Tests.Infrastructure;

namespace Ssi.Gateway.Tests;

/// <summary>A gateway with four healthy services, shared by the tests of one class.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    /// <summary>Small, so the size tests stay quick; the default is 1 MiB.</summary>
    public const int MaxRequestBodyBytes = 64 * 1024;

    private GatewayHost? _host;

    public GatewayHost Host => _host ?? throw new InvalidOperationException("The fixture is not started.");

    public async ValueTask InitializeAsync() => _host = await GatewayHost.StartAsync(new Dictionary<string, string?>
    {
        ["Gateway:MaxRequestBodyBytes"] = MaxRequestBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
