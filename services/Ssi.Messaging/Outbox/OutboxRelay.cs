using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ssi.Messaging.Topology;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// Publishes the committed outbox rows of <typeparamref name="TContext"/>. A round leases the
/// oldest due rows (<see cref="OutboxRows.ClaimAsync"/>), publishes them one by one with publisher
/// confirms outside any transaction, and marks each delivered as soon as the broker confirmed it,
/// so a later failure never sends it again. When the broker is away the round gives its remaining
/// rows back and the relay waits, longer each time; a row that fails for a reason of its own is
/// retried later and ends dead after <c>Messaging:OutboxMaxAttempts</c>, for an operator to
/// replay. Delivery is at least once: a crash between the confirm and the mark sends the row again,
/// with the same MessageId, which the consumers' inboxes discard.
/// </summary>
internal sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopeFactory,
    IBus bus,
    PlatformTopology topology,
    OutboxSignal<TContext> signal,
    MessagingTelemetry telemetry,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private readonly Guid _relayId = Guid.NewGuid();
    private readonly MessagingOptions _options = options.Value;
    private int _brokerFailures;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await DeclareTopologyAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            RelayRound round;
            try
            {
                round = await RelayRoundAsync(stoppingToken);
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

    /// <summary>Nothing is published before every consumer's queue of the platform exists: the broker would drop it.</summary>
    private async Task DeclareTopologyAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await topology.EnsureDeclaredAsync(stoppingToken);
                _brokerFailures = 0;
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                var backoff = NextBrokerBackoff();
                logger.LogWarning(exception, "Could not declare the platform's queues; the outbox waits, next try in {Delay}", backoff);
                await Task.Delay(backoff, stoppingToken);
            }
        }
    }

    private async Task<RelayRound> RelayRoundAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var batch = await OutboxRows.ClaimAsync(db, _relayId, _options.OutboxBatchSize, _options.OutboxClaimLease, stoppingToken);
        if (batch.Count == 0)
        {
            return RelayRound.Idle;
        }

        // Rows left when the lease runs short go back, so no other relay takes a row this one still sends.
        var deadline = Stopwatch.GetTimestamp() + (long)(_options.OutboxClaimLease.TotalSeconds / 2 * Stopwatch.Frequency);
        for (var index = 0; index < batch.Count; index++)
        {
            if (stoppingToken.IsCancellationRequested || Stopwatch.GetTimestamp() > deadline)
            {
                await OutboxRows.ReleaseAsync(db, _relayId, batch[index..].Select(message => message.Id));
                return new RelayRound(Full: true, Backoff: null);
            }

            var message = batch[index];
            var failure = await PublishAsync(message, stoppingToken);
            if (failure is null)
            {
                await OutboxRows.MarkDeliveredAsync(db, _relayId, message.Id);
                _brokerFailures = 0;
                telemetry.Published.Add(1, MessagingTelemetry.MessageTags(message.MessageType));
                continue;
            }

            telemetry.PublishFailures.Add(1, MessagingTelemetry.MessageTags(message.MessageType));
            if (IsBrokerFailure(failure))
            {
                await OutboxRows.RecordBrokerFailureAsync(db, _relayId, message.Id, Describe(failure));
                await OutboxRows.ReleaseAsync(db, _relayId, batch[(index + 1)..].Select(row => row.Id));
                var backoff = NextBrokerBackoff();
                logger.LogWarning(failure, "Could not publish {MessageType} {MessageId} (outbox row {OutboxId}): the broker did not confirm it; retrying in {Delay}",
                    message.MessageType, message.MessageId, message.Id, backoff);
                return new RelayRound(Full: false, Backoff: backoff);
            }

            await RecordRowFailureAsync(db, message, failure);
        }

        return new RelayRound(Full: batch.Count == _options.OutboxBatchSize, Backoff: null);
    }

    /// <returns>Null when the broker confirmed the message, else why it was not sent.</returns>
    private async Task<Exception?> PublishAsync(OutboxMessage message, CancellationToken stoppingToken)
    {
        using var activity = StartPublishActivity(message);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.OutboxPublishTimeout);
        try
        {
            var integrationEvent = Deserialize(message);
            await bus.Publish(integrationEvent, integrationEvent.GetType(), context => context.MessageId = message.MessageId, timeout.Token);
            return null;
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            return exception is OperationCanceledException && !stoppingToken.IsCancellationRequested
                ? new TimeoutException($"The broker did not confirm the message within {_options.OutboxPublishTimeout}.", exception)
                : exception;
        }
    }

    private async Task RecordRowFailureAsync(DbContext db, OutboxMessage message, Exception failure)
    {
        var (attempts, dead) = await OutboxRows.RecordRowFailureAsync(
            db, _relayId, message.Id, Describe(failure), _options.OutboxMaxAttempts, _options.OutboxRetryDelay, _options.OutboxMaxRetryDelay);
        if (dead)
        {
            telemetry.DeadMessages.Add(1, MessagingTelemetry.MessageTags(message.MessageType));
            logger.LogError(failure,
                "Outbox message {MessageId} ({MessageType}, outbox row {OutboxId}) is dead after {Attempts} attempts and will not be published again until an operator replays it (POST /admin/messaging/outbox/dead/replay)",
                message.MessageId, message.MessageType, message.Id, attempts);
        }
        else
        {
            logger.LogWarning(failure, "Could not publish {MessageType} {MessageId} (outbox row {OutboxId}, attempt {Attempts} of {MaxAttempts}); it will be retried",
                message.MessageType, message.MessageId, message.Id, attempts, _options.OutboxMaxAttempts);
        }
    }

    /// <summary>
    /// The broker is away, slow or refusing connections: every row would fail alike, so the round
    /// stops and no row is held responsible. Anything else is the row's own problem.
    /// </summary>
    private static bool IsBrokerFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is TimeoutException or IOException or System.Net.Sockets.SocketException
                or RabbitMqConnectionException or RabbitMQ.Client.Exceptions.BrokerUnreachableException
                or RabbitMQ.Client.Exceptions.AlreadyClosedException or RabbitMQ.Client.Exceptions.OperationInterruptedException
                or RabbitMQ.Client.Exceptions.ConnectFailureException)
            {
                return true;
            }
        }

        return false;
    }

    private TimeSpan NextBrokerBackoff() => _options.RetryDelayAfter(_brokerFailures++);

    private static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";

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

    /// <param name="Full">The round used all its rows: more may be due right away.</param>
    /// <param name="Backoff">The broker failed: wait this long before the next round.</param>
    private sealed record RelayRound(bool Full, TimeSpan? Backoff)
    {
        public static readonly RelayRound Idle = new(false, null);
    }
}
