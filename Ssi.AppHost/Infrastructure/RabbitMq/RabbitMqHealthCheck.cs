using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace Ssi.AppHost.Infrastructure.RabbitMq;

/// <summary>Healthy when the broker of <paramref name="resource"/> accepts an AMQP connection to its virtual host.</summary>
internal sealed class RabbitMqHealthCheck(IResourceWithConnectionString resource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = await resource.GetConnectionStringAsync(cancellationToken);
        if (connectionString is null)
        {
            return HealthCheckResult.Unhealthy($"{resource.Name} has no connection string yet.");
        }

        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(connectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(5) };
            await using var connection = await factory.CreateConnectionAsync("ssi-apphost-health", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(exception.Message, exception);
        }
    }
}
