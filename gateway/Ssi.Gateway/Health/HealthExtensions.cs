using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.ServiceDiscovery;

namespace Ssi.Gateway.Health;

public static class HealthExtensions
{
    /// <summary>
    /// Adds every service's <c>/health</c> to the gateway's own (the "self" check of the service
    /// defaults), so <c>/health</c> answers 503 and names the service when any one is down.
    /// <c>/alive</c> stays the gateway's own liveness.
    /// </summary>
    public static WebApplicationBuilder AddUpstreamHealthChecks(this WebApplicationBuilder builder)
    {
        var timeout = GatewayOptions.From(builder.Configuration).UpstreamHealthTimeout;
        builder.Services.AddSingleton<UpstreamHealthClient>();

        var healthChecks = builder.Services.AddHealthChecks();
        foreach (var service in Upstreams.All)
        {
            healthChecks.Add(new HealthCheckRegistration(
                service.Name,
                services => new UpstreamHealthCheck(
                    service,
                    services.GetRequiredService<ServiceEndpointResolver>(),
                    services.GetRequiredService<UpstreamHealthClient>()),
                HealthStatus.Unhealthy,
                [UpstreamHealthCheck.Tag],
                // The probe's HttpClient gives up at `timeout` and says so; this is only the safety net.
                timeout + TimeSpan.FromSeconds(1)));
        }

        return builder;
    }
}
