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
/// Publishes the committed outbox rows of <typeparamref name="TContext"/>. A round takes the rows
/// this process committed for it (<see cref="OutboxHandoff{TContext}"/>) and, when it has none, a
/// commit elsewhere asked for it or a poll interval has passed, also leases the oldest due rows
/// (<see cref="OutboxRows.ClaimAsync"/>), publishes them all at once with publisher
/// confirms outside any transaction, and marks those the broker confirmed delivered in one
/// statement, so a later failure never sends them again. When the broker is away the relay waits,
/// longer each time; a row that fails for a reason of its own is retried later and ends dead after
/// <c>Messaging:OutboxMaxAttempts</c>, for an operator to replay. Delivery is at least once: a
/// crash between the confirms and the mark sends the round's rows again, with the same
/// MessageIds, which the consumers' inboxes discard.
/// </summary>
internal sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopeFactory,
    IBus bus,
    PlatformTopology topology,
    OutboxSignal<TContext> signal,
    OutboxHandoff<TContext> handoff,
    MessagingTelemetry telemetry,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private readonly MessagingOptions _options = options.Value;
    private int _brokerFailures;
    private long _lastClaim = Stopwatch.GetTimestamp();

    private Guid RelayId => handoff.RelayId;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RelayUntilStoppedAsync(stoppingToken);
        }
        finally
        {
            await ReleaseHandedRowsAsync();
        }
    }

    private async Task RelayUntilStoppedAsync(CancellationToken stoppingToken)
    {
        await DeclareTopologyAsync(stoppingToken);
        handoff.StartAccepting();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var round = await RelayRoundOrIdleAsync(stoppingToken);
                if (round.Backoff is { } backoff)
                {
                    await WaitOutBrokerFailureAsync(backoff, stoppingToken);
                }
                else if (!round.Full && !handoff.HasCommittedRows)
                {
                    await signal.WaitAsync(_options.OutboxPollInterval, stoppingToken);
                }
            }
        }
        finally
        {
            handoff.StopAccepting();
        }
    }

    /// <summary>
    /// Rows committed meanwhile go to whichever relay reaches the broker first: none is handed to
    /// this one, and any a save was handing as it stopped accepting is given back as it arrives.
    /// </summary>
    private async Task WaitOutBrokerFailureAsync(TimeSpan backoff, CancellationToken stoppingToken)
    {
        handoff.StopAccepting();
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            await ReleaseHandedRowsAsync();
            var remaining = backoff - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                break;
            }

            await signal.WaitAsync(remaining, stoppingToken);
        }

        handoff.StartAccepting();
    }

    private async Task<RelayRound> RelayRoundOrIdleAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await RelayRoundAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Outbox relay round for {Context} failed; next try in {Delay}", typeof(TContext).Name, _options.OutboxPollInterval);
            return RelayRound.Idle;
        }
    }

    /// <summary>Rows handed to this relay that it will not publish now (it stops, or waits for the broker) go back to every relay, rather than wait for their lease to end.</summary>
    private async Task ReleaseHandedRowsAsync()
    {
        var handed = handoff.Take(int.MaxValue);
        if (handed.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            await OutboxRows.ReleaseAsync(scope.ServiceProvider.GetRequiredService<TContext>(), RelayId, handed.Select(message => message.Id));
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not give back {Count} outbox rows handed to the relay of {Context}; other relays take them when their lease ends", handed.Count, typeof(TContext).Name);
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
        var (batch, full) = await TakeRowsAsync(db, stoppingToken);
        if (batch.Count == 0)
        {
            return RelayRound.Idle;
        }

        var failed = await PublishAndMarkAsync(db, batch, stoppingToken);
        if (stoppingToken.IsCancellationRequested)
        {
            await OutboxRows.ReleaseAsync(db, RelayId, failed.Select(row => row.Message.Id));
            return RelayRound.Idle;
        }

        if (await SettleFailuresAsync(db, failed) is { } backoff)
        {
            return new RelayRound(Full: false, Backoff: backoff);
        }

        _brokerFailures = 0;
        return new RelayRound(Full: full, Backoff: null);
    }

    /// <summary>
    /// The rows this process handed over, then, when there were none, when a commit elsewhere asked
    /// for it or a poll interval has passed since the last, up to a round's rows claimed from the
    /// table: a relay kept busy by its own commits still takes the rows other replicas left to all,
    /// and those whose lease ran out. Full when either part filled a round.
    /// </summary>
    private async Task<(List<OutboxMessage> Rows, bool Full)> TakeRowsAsync(DbContext db, CancellationToken stoppingToken)
    {
        var handed = handoff.Take(_options.OutboxBatchSize);
        var claimDue = signal.TakeClaimRequest() || Stopwatch.GetElapsedTime(_lastClaim) >= _options.OutboxPollInterval;
        if (handed.Count > 0 && !claimDue)
        {
            return (handed, handed.Count == _options.OutboxBatchSize);
        }

        // No row is in both: a handed row is taken only while its lease outlasts a publish, and the claim takes only rows whose lease has ended.
        var claimed = await ClaimAsync(db, stoppingToken);
        return ([.. claimed, .. handed], claimed.Count == _options.OutboxBatchSize || handed.Count == _options.OutboxBatchSize);
    }

    private Task<List<OutboxMessage>> ClaimAsync(DbContext db, CancellationToken stoppingToken)
    {
        _lastClaim = Stopwatch.GetTimestamp();
        return OutboxRows.ClaimAsync(db, RelayId, _options.OutboxBatchSize, _options.OutboxClaimLease, stoppingToken);
    }

    /// <summary>
    /// Publishes the rows all at once, so that the broker's confirmations overlap instead of adding
    /// up (each publish gives up after <c>OutboxPublishTimeout</c>, well within the lease), and
    /// marks those it confirmed in one statement. Returns the others with why they failed.
    /// </summary>
    private async Task<List<(OutboxMessage Message, Exception Failure)>> PublishAndMarkAsync(
        DbContext db, List<OutboxMessage> batch, CancellationToken stoppingToken)
    {
        var failures = await Task.WhenAll(batch.Select(message => PublishAsync(message, stoppingToken)));
        var delivered = new List<long>(batch.Count);
        var failed = new List<(OutboxMessage Message, Exception Failure)>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                failed.Add((batch[i], failure));
            }
            else
            {
                delivered.Add(batch[i].Id);
                telemetry.Published.Add(1, MessagingTelemetry.MessageTags(batch[i].MessageType));
            }
        }

        await OutboxRows.MarkDeliveredAsync(db, RelayId, [.. delivered]);
        return failed;
    }

    /// <summary>
    /// Records each failure against its row, or, when the broker itself failed, against every such
    /// row at once. Returns how long to wait before the next round in that case.
    /// </summary>
    private async Task<TimeSpan?> SettleFailuresAsync(DbContext db, List<(OutboxMessage Message, Exception Failure)> failed)
    {
        var brokerFailures = new List<(OutboxMessage Message, Exception Failure)>();
        foreach (var (message, failure) in failed)
        {
            telemetry.PublishFailures.Add(1, MessagingTelemetry.MessageTags(message.MessageType));
            if (IsBrokerFailure(failure))
            {
                brokerFailures.Add((message, failure));
            }
            else
            {
                await RecordRowFailureAsync(db, message, failure);
            }
        }

        if (brokerFailures is not [var (first, firstFailure), ..])
        {
            return null;
        }

        await OutboxRows.RecordBrokerFailureAsync(db, RelayId, brokerFailures.Select(row => row.Message.Id), Describe(firstFailure));
        var backoff = NextBrokerBackoff();
        logger.LogWarning(firstFailure, "Could not publish {Count} outbox rows, the first {MessageType} {MessageId} (outbox row {OutboxId}): the broker did not confirm them; retrying in {Delay}",
            brokerFailures.Count, first.MessageType, first.MessageId, first.Id, backoff);
        return backoff;
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
            db, RelayId, message.Id, Describe(failure), _options.OutboxMaxAttempts, _options.OutboxRetryDelay, _options.OutboxMaxRetryDelay);
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
