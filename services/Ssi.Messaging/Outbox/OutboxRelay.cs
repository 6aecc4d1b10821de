using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// Publishes the committed outbox rows of <typeparamref name="TContext"/>. Each round claims the
/// oldest due rows with <c>FOR UPDATE SKIP LOCKED</c> (replicas never share a row), publishes them
/// in order with publisher confirms, and marks them delivered in the same transaction. A failed
/// publish records the error and a backoff on its row and ends the round, so later rows do not
/// overtake it; the relay then waits out that backoff. Delivery is at least once: a crash between
/// the confirm and the commit publishes the row again, with the same MessageId, which the
/// consumers' inboxes discard.
/// </summary>
internal sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopeFactory,
    IBus bus,
    OutboxSignal<TContext> signal,
    MessagingTelemetry telemetry,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private readonly MessagingOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            RelayRound round;
            try
            {
                round = await RelayBatchAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Outbox relay round for {Context} failed; next try in {Delay}", typeof(TContext).Name, _options.OutboxPollInterval);
                round = RelayRound.Idle;
            }

            if (round.Backoff is { } backoff)
            {
                await Task.Delay(backoff, stoppingToken);
            }
            else if (!round.Full)
            {
                await signal.WaitAsync(_options.OutboxPollInterval, stoppingToken);
            }
        }
    }

    private async Task<RelayRound> RelayBatchAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await dbContext.Database.BeginTransactionAsync(stoppingToken);

        var now = DateTimeOffset.UtcNow;
        var batch = await dbContext.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages
                WHERE delivered_at IS NULL AND next_attempt_at <= {now}
                ORDER BY id
                LIMIT {_options.OutboxBatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(stoppingToken);
        if (batch.Count == 0)
        {
            return RelayRound.Idle;
        }

        TimeSpan? backoff = null;
        foreach (var message in batch)
        {
            object integrationEvent;
            try
            {
                integrationEvent = Deserialize(message);
            }
            catch (Exception exception) when (exception is TypeLoadException or JsonException or NotSupportedException)
            {
                // A code problem, not a broker one: park this row (logged, retried with backoff) and go on.
                logger.LogError(exception, "Outbox row {OutboxId} ({MessageId}) cannot be published", message.Id, message.MessageId);
                RecordFailure(message, $"{exception.GetType().Name}: {exception.Message}");
                continue;
            }

            try
            {
                await PublishAsync(message, integrationEvent, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                backoff = RecordFailure(message, $"{exception.GetType().Name}: {exception.Message}");
                logger.LogWarning(exception, "Could not publish {MessageType} {MessageId} (outbox row {OutboxId}, attempt {Attempts}); retrying in {Delay}",
                    message.MessageType, message.MessageId, message.Id, message.Attempts, backoff);
                break;
            }

            message.MarkDelivered(DateTimeOffset.UtcNow);
            telemetry.Published.Add(1, MessagingTelemetry.MessageTags(message.MessageType));
            logger.LogDebug("Published {MessageType} {MessageId} (outbox row {OutboxId})", message.MessageType, message.MessageId, message.Id);
        }

        // Whatever was confirmed must be recorded, even while stopping.
        await dbContext.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return new RelayRound(Full: batch.Count == _options.OutboxBatchSize, backoff);
    }

    private async Task PublishAsync(OutboxMessage message, object integrationEvent, CancellationToken stoppingToken)
    {
        using var activity = StartPublishActivity(message);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.OutboxPublishTimeout);
        try
        {
            await bus.Publish(integrationEvent, integrationEvent.GetType(), context => context.MessageId = message.MessageId, timeout.Token);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            if (exception is OperationCanceledException)
            {
                throw new TimeoutException($"The broker did not confirm the message within {_options.OutboxPublishTimeout}.", exception);
            }

            throw;
        }
    }

    /// <summary>
    /// The publish runs under an activity whose parent is the one that raised the event, so
    /// MassTransit's send activity, and through its headers the consumer, continue that trace.
    /// Without a listener on our source the fallback activity still carries the trace context.
    /// </summary>
    private static Activity? StartPublishActivity(OutboxMessage message)
    {
        ActivityContext.TryParse(message.TraceParent, message.TraceState, isRemote: true, out var parent);
        var activity = MessagingTelemetry.ActivitySource.StartActivity("outbox publish", ActivityKind.Internal, parent);
        if (activity is null && message.TraceParent is not null)
        {
            activity = new Activity("outbox publish") { TraceStateString = message.TraceState }.SetParentId(message.TraceParent).Start();
        }

        activity?.SetTag("messaging.message.id", message.MessageId);
        activity?.SetTag("ssi.outbox.id", message.Id);
        return activity;
    }

    private static object Deserialize(OutboxMessage message)
    {
        var type = MessageTypes.Resolve(message.MessageType)
            ?? throw new TypeLoadException($"Unknown message type '{message.MessageType}'.");
        return JsonSerializer.Deserialize(message.Body, type, MessageTypes.JsonOptions)
            ?? throw new JsonException("The body is JSON null.");
    }

    private TimeSpan RecordFailure(OutboxMessage message, string error)
    {
        telemetry.PublishFailures.Add(1, MessagingTelemetry.MessageTags(message.MessageType));
        return message.RecordFailure(error, DateTimeOffset.UtcNow, _options.OutboxRetryDelay, _options.OutboxMaxRetryDelay);
    }

    /// <param name="Full">The batch was full: more rows may be due right away.</param>
    /// <param name="Backoff">A publish failed: wait this long so the failed row is retried first.</param>
    private sealed record RelayRound(bool Full, TimeSpan? Backoff)
    {
        public static readonly RelayRound Idle = new(false, null);
    }
}
