using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.ServiceDiscovery;
using Ssi.Gateway.ReverseProxy;

namespace Ssi.Gateway.Health;

/// <summary>
/// Resolves one service the way the proxy does (service discovery) and calls <c>/health</c> on each
/// of its endpoints. The gateway's <c>/health</c> runs one of these per service, in parallel, each cut
/// off after <see cref="GatewayOptions.UpstreamHealthTimeout"/>.
/// </summary>
/// <remarks>
/// It uses its own <see cref="HttpClient"/> rather than one from the factory: those carry the standard
/// resilience handler (retries, 30 s budget), and a probe must report what it sees now, quickly.
/// </remarks>
public sealed class UpstreamHealthCheck(UpstreamService service, ServiceEndpointResolver resolver, UpstreamHealthClient client) : IHealthCheck
{
    public const string Tag = "upstream";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var source = await resolver.GetEndpointsAsync(service.ServiceUri.GetLeftPart(UriPartial.Authority), cancellationToken);
        if (source.Endpoints.Count == 0)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Service discovery knows no endpoint for {service.Name}.");
        }

        var results = await Task.WhenAll(source.Endpoints.Select(endpoint =>
            ProbeAsync(ServiceDiscoveryDestinationResolver.WithEndpoint(service.ServiceUri, endpoint.EndPoint), context.Registration.FailureStatus, cancellationToken)));

        var status = results.Min(result => result.Status);
        return new HealthCheckResult(status, string.Join(" ", results.Select(result => result.Description)));
    }

    private async Task<(HealthStatus Status, string Description)> ProbeAsync(Uri baseAddress, HealthStatus failureStatus, CancellationToken cancellationToken)
    {
        var healthUri = new Uri(baseAddress, Extensions.HealthEndpointPath);
        try
        {
            using var response = await client.Http.GetAsync(healthUri, cancellationToken);
            var reported = await ReadReportedStatusAsync(response, cancellationToken);
            var description = $"{healthUri} answered {(int)response.StatusCode} ({reported?.ToString() ?? response.ReasonPhrase}).";
            return response.IsSuccessStatusCode
                ? (reported == HealthStatus.Degraded ? HealthStatus.Degraded : HealthStatus.Healthy, description)
                : (failureStatus, description);
        }
        catch (HttpRequestException exception)
        {
            return (failureStatus, $"{healthUri} is unreachable: {exception.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (failureStatus, $"{healthUri} did not answer within {client.Http.Timeout.TotalSeconds:0.#} s.");
        }
    }

    /// <summary>The <c>status</c> of a service's JSON health report (our HealthReportWriter's shape), if any.</summary>
    private static async Task<HealthStatus?> ReadReportedStatusAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("status", out var status)
                && status.ValueKind == JsonValueKind.String
                && Enum.TryParse<HealthStatus>(status.GetString(), ignoreCase: true, out var parsed)
                    ? parsed
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The health probes' own connection pool: no retries, connect timeout bounded by the probe timeout.</summary>
public sealed class UpstreamHealthClient(IOptions<GatewayOptions> options) : IDisposable
{
    public HttpClient Http { get; } = new(new SocketsHttpHandler
    {
        ConnectTimeout = options.Value.UpstreamHealthTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    })
    {
        Timeout = options.Value.UpstreamHealthTimeout,
    };

    public void Dispose() => Http.Dispose();
}
