using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ssi.Messaging.Redelivery;

/// <summary>Counts what waits in the service's error queues for the <c>ssi.messaging.error_queue.messages</c> gauge.</summary>
internal sealed class ErrorQueueMonitor(
    ErrorQueues errorQueues,
    MessagingTelemetry telemetry,
    TimeProvider clock,
    IOptions<MessagingOptions> options,
    ILogger<ErrorQueueMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (errorQueues.All.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.ErrorQueueMonitorInterval, clock);
        do
        {
            try
            {
                telemetry.Record(await errorQueues.CountAsync(stoppingToken));
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not count the messages in the error queues");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
