using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Ssi.AppHost.Infrastructure.Postgres;

/// <summary>Healthy when the database of <paramref name="resource"/> accepts a query.</summary>
internal sealed class PostgresHealthCheck(IResourceWithConnectionString resource, string? database = null) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = await resource.GetConnectionStringAsync(cancellationToken);
        if (connectionString is null)
        {
            return HealthCheckResult.Unhealthy($"{resource.Name} has no connection string yet.");
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 };
        if (database is not null)
        {
            builder.Database = database;
        }

        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(exception.Message, exception);
        }
    }
}
