using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// Samples the outbox of <typeparamref name="TContext"/> for the gauges of
/// <see cref="MessagingTelemetry"/>: one query on the partial indexes of pending and dead rows
/// every <c>Messaging:OutboxMonitorInterval</c>.
/// </summary>
internal sealed class OutboxMonitor<TContext>(
    IServiceScopeFactory scopeFactory,
    MessagingTelemetry telemetry,
    TimeProvider clock,
    IOptions<MessagingOptions> options,
    ILogger<OutboxMonitor<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OutboxMonitorInterval, clock);
        do
        {
            try
            {
                telemetry.Record(await SampleAsync(stoppingToken));
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not sample the outbox of {Context}", typeof(TContext).Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<OutboxState> SampleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<TContext>();
        var sample = await dbContext.Database
            .SqlQuery<OutboxSample>($"""
                SELECT pending.count AS pending, pending.oldest AS oldest_created_at,
                       (SELECT count(*) FROM outbox_messages WHERE dead_at IS NOT NULL) AS dead
                FROM (SELECT count(*), min(created_at) AS oldest FROM outbox_messages
                      WHERE delivered_at IS NULL AND dead_at IS NULL) AS pending
                """)
            .SingleAsync(cancellationToken);
        var age = sample.OldestCreatedAt is { } oldest ? clock.GetUtcNow() - oldest : TimeSpan.Zero;
        return new OutboxState(sample.Pending, age < TimeSpan.Zero ? TimeSpan.Zero : age, sample.Dead);
    }

    /// <summary>Read with the services' snake_case naming convention.</summary>
    private sealed record OutboxSample(long Pending, DateTimeOffset? OldestCreatedAt, long Dead);
}
