using System.Diagnostics;
using System.Threading.RateLimiting;
using Communications.Campaigns;
using Microsoft.Extensions.Options;

namespace Communications.Sending;

/// <summary>
/// Sends what is queued: <see cref="MailOptions.Connections"/> loops, each on its own SMTP
/// connection, share one rate limit of <see cref="MailOptions.MessagesPerSecond"/>; between its
/// batches the first one also launches the campaigns whose time has come, gives up interrupted
/// sends and finishes the campaigns that are done (once per replica, not once per connection).
/// </summary>
public sealed partial class DeliveryWorker(
    IServiceScopeFactory scopes,
    SendingSignal signal,
    MailTelemetry telemetry,
    IOptions<MailOptions> options,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    private readonly string _replica = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var rate = RateLimit(settings.MessagesPerSecond);
        await Task.WhenAll(Enumerable.Range(0, settings.Connections).Select(index => RunLoopAsync($"{_replica}/{index}", housekeeping: index == 0, settings, rate, stoppingToken)));
    }

    private async Task RunLoopAsync(string worker, bool housekeeping, MailOptions settings, RateLimiter rate, CancellationToken stoppingToken)
    {
        await using var session = new SmtpSession(settings);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(worker, housekeeping, settings, session, rate, stoppingToken) == 0)
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogLoopFailed(logger, exception, worker);
                await Task.Delay(settings.PollInterval, stoppingToken);
            }
        }
    }

    /// <returns>How many messages it handled.</returns>
    private async Task<int> RunOnceAsync(string worker, bool housekeeping, MailOptions settings, SmtpSession session, RateLimiter rate, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<DeliveryQueue>();
        if (housekeeping)
        {
            await scope.ServiceProvider.GetRequiredService<CampaignLauncher>().LaunchDueAsync(stoppingToken);
            if (await queue.GiveUpInterruptedAsync(stoppingToken) is > 0 and var interrupted)
            {
                telemetry.Interrupted.Add(interrupted);
            }
        }

        var claimed = await queue.ClaimAsync(worker, settings.ClaimBatchSize, settings.ClaimLease, stoppingToken);
        foreach (var delivery in claimed)
        {
            using var permit = await rate.AcquireAsync(1, stoppingToken);
            if (!await queue.BeginSendingAsync(delivery.Id, worker, settings.ClaimLease, stoppingToken))
            {
                continue;
            }

            var messageId = $"{delivery.Id:N}@{settings.FromAddress.Split('@')[^1]}";
            var sending = Stopwatch.GetTimestamp();
            var result = await session.SendAsync(SmtpSession.Build(delivery.Message, messageId, settings.FromAddress), stoppingToken);
            telemetry.Record(delivery.Kind, result.Outcome, Stopwatch.GetElapsedTime(sending));
            switch (result.Outcome)
            {
                case SmtpOutcome.Sent:
                    await queue.RecordSentAsync(delivery.Id, messageId, CancellationToken.None);
                    break;
                case SmtpOutcome.Transient:
                    LogTransientFailure(logger, delivery.Id, delivery.Attempts + 1, result.Error);
                    await queue.RecordTransientFailureAsync(delivery.Id, result.Error ?? "", settings.MaxAttempts, RetryDelay(settings, delivery.Attempts + 1), CancellationToken.None);
                    break;
                default:
                    LogRefused(logger, delivery.Id, result.Outcome, result.Error);
                    await queue.RecordRefusalAsync(delivery, result, CancellationToken.None);
                    break;
            }
        }

        if (housekeeping)
        {
            await queue.FinishCampaignsAsync(stoppingToken);
        }

        return claimed.Count;
    }

    /// <summary>Twice as long after each attempt, up to the maximum, with up to 20% jitter so that retries of one outage do not arrive together.</summary>
    private static TimeSpan RetryDelay(MailOptions settings, int attempt)
    {
        var delay = settings.RetryDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        var capped = delay < settings.MaxRetryDelay ? delay : settings.MaxRetryDelay;
        return capped * (1 + (Random.Shared.NextDouble() * 0.2));
    }

    private static TokenBucketRateLimiter RateLimit(int perSecond)
    {
        // Tokens every 100 ms at high rates (smooth), one at a time at low ones.
        var (tokens, period) = perSecond >= 10
            ? (perSecond / 10, TimeSpan.FromMilliseconds(100))
            : (1, TimeSpan.FromSeconds(1.0 / perSecond));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery worker {Worker} failed; it starts again after the poll interval")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception, string worker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} failed on attempt {Attempt} and will be retried: {Error}")]
    private static partial void LogTransientFailure(ILogger logger, Guid deliveryId, int attempt, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} was refused by the SMTP server ({Outcome}): {Error}")]
    private static partial void LogRefused(ILogger logger, Guid deliveryId, SmtpOutcome outcome, string? error);
}
