using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Ssi.Testing;

namespace Ssi.Gateway.Tests.Infrastructure;

/// <summary>
/// The real gateway (its Program) on Kestrel at a dynamic 127.0.0.1 port, in front of five
/// <see cref="FakeService"/>s (the four services and the public site) that service discovery finds through <c>services:NAME:http:0</c>,
/// the keys <c>./ssi</c> and Aspire set.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public static readonly string[] ServiceNames = ["actor-directory", "events-calendar", "funding-calls", "communications", "public-site"];

    private readonly WebApplicationFactory<Program> _factory;

    private GatewayHost(Dictionary<string, FakeService> services, WebApplicationFactory<Program> factory)
    {
        Services = services;
        _factory = factory;
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Address = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        Client = CreateClient();
    }

    public IReadOnlyDictionary<string, FakeService> Services { get; }

    /// <summary>The gateway's own services (its meters, options...).</summary>
    public IServiceProvider GatewayServices => _factory.Services;

    /// <summary>Where the gateway's Kestrel listens.</summary>
    public Uri Address { get; }

    /// <summary>A new client to the gateway (its own connections); no redirects followed, no cookies.</summary>
    public HttpClient CreateClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };

    /// <summary>A plain HTTP client to the gateway; no token unless a request adds one.</summary>
    public HttpClient Client { get; }

    public static async Task<GatewayHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var services = new Dictionary<string, FakeService>();
        foreach (var service in await Task.WhenAll(ServiceNames.Select(FakeService.StartAsync)))
        {
            services[service.Name] = service;
        }

        var configuration = new Dictionary<string, string?>
        {
            ["Authentication:Jwt:SigningKey"] = TestTokens.SigningKey,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Gateway:UpstreamHealthTimeout"] = "00:00:02",
            ["RateLimiting:Anonymous:PermitLimit"] = "10000",
        };
        foreach (var service in services.Values)
        {
            configuration[$"services:{service.Name}:http:0"] = service.Address.ToString();
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return new GatewayHost(services, await StartGatewayAsync(configuration));
    }

    /// <summary>
    /// Starts the gateway on Kestrel. WebApplicationFactory sometimes finds the server already
    /// started when it sets the port (a race seen once on a loaded machine: "Addresses cannot be
    /// modified after the server has started"); a second factory starts cleanly.
    /// </summary>
    private static async Task<GatewayFactory> StartGatewayAsync(Dictionary<string, string?> configuration)
    {
        for (var attempt = 1; ; attempt++)
        {
            var factory = new GatewayFactory(configuration);
            factory.UseKestrel(0);
            try
            {
                factory.StartServer();
                return factory;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await factory.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        foreach (var service in Services.Values)
        {
            await service.DisposeAsync();
        }
    }
}

internal sealed class GatewayFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
