using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// Wakes this replica's relay when any replica commits outbox rows: one dedicated connection
/// LISTENs on the outbox's <see cref="OutboxChannel"/> and asks the relay to claim on each
/// notification. A dropped connection is opened again with backoff; meanwhile the relay polls,
/// and once listening again it is woken once for the commits nobody heard.
/// </summary>
internal sealed class OutboxListener<TContext>(
    IServiceScopeFactory scopeFactory,
    OutboxSignal<TContext> signal,
    IOptions<MessagingOptions> options,
    ILogger<OutboxListener<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    /// <summary>The listening connections' <c>application_name</c>, for operators and tests looking at <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "ssi-outbox-listener";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Its connection is not the context's data source, whose tracing skips commands outside an
        // operation: without this, every LISTEN and reconnection would be a trace of its own.
        using var untraced = SuppressInstrumentationScope.Begin();
        var failures = 0;
        while (true)
        {
            try
            {
                await using var connection = CreateConnection(out var channel);
                connection.Notification += (_, _) => signal.RequestClaim();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand(OutboxChannel.ListenStatement(channel), connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (failures > 0)
                {
                    logger.LogInformation("Listening again for outbox commits of {Context} on {Channel}", typeof(TContext).Name, channel);
                }

                failures = 0;
                signal.RequestClaim();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                var delay = options.Value.RetryDelayAfter(failures++);
                logger.LogWarning(exception, "Lost the connection listening for outbox commits of {Context}; the relay polls until it is back, next try in {Delay}",
                    typeof(TContext).Name, delay);
                await Task.Delay(delay, stoppingToken);
            }
        }
    }

    /// <remarks>
    /// Not from the pool: the connection lives as long as the host and keeps its LISTEN. Keepalives
    /// make a silently dead connection (a server gone, a cut network) fail instead of waiting forever.
    /// <c>CloneWith</c> keeps the password, which the context's connection string no longer shows.
    /// </remarks>
    private NpgsqlConnection CreateConnection(out string channel)
    {
        using var scope = scopeFactory.CreateScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<TContext>();
        var connection = (NpgsqlConnection)dbContext.Database.GetDbConnection();
        var settings = new NpgsqlConnectionStringBuilder(connection.ConnectionString)
        {
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = ApplicationName,
        };
        channel = OutboxChannel.Of(dbContext);
        return connection.CloneWith(settings.ConnectionString);
    }
}
