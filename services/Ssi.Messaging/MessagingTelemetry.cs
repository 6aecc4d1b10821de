using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ssi.Messaging;

/// <summary>
/// The "Ssi.Messaging" activity source and meter (ServiceDefaults exports every "Ssi.*" one): what
/// an operator watches to see that events flow, before users notice that they do not.
/// </summary>
internal sealed class MessagingTelemetry
{
    public const string Name = "Ssi.Messaging";
    public const string MessageTypeTag = "messaging.message.type";
    public const string ConsumerTag = "messaging.consumer.group.name";

    internal static readonly ActivitySource ActivitySource = new(Name);

    private OutboxState _outbox = OutboxState.Unknown;
    private IReadOnlyDictionary<string, uint> _errorQueues = new Dictionary<string, uint>();

    public MessagingTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Name);
        Published = meter.CreateCounter<long>("ssi.messaging.outbox.published", "{message}", "Outbox messages the broker confirmed, by message type.");
        PublishFailures = meter.CreateCounter<long>("ssi.messaging.outbox.publish_failures", "{attempt}", "Outbox publish attempts that failed and will be retried, by message type.");
        DeadMessages = meter.CreateCounter<long>("ssi.messaging.outbox.dead_lettered", "{message}", "Outbox messages that gave up after their attempts and wait for an operator.");
        Consumed = meter.CreateCounter<long>("ssi.messaging.consumer.consumed", "{message}", "Messages a consumer handled and committed, by message type and consumer.");
        ConsumerFailures = meter.CreateCounter<long>("ssi.messaging.consumer.failures", "{attempt}", "Consumer attempts that threw and were rolled back, by message type and consumer.");
        Redeliveries = meter.CreateCounter<long>("ssi.messaging.consumer.redeliveries", "{message}", "Messages whose consumer failed, sent to wait for a delayed redelivery.");
        ErrorQueued = meter.CreateCounter<long>("ssi.messaging.consumer.error_queued", "{message}", "Messages moved to an error queue after their redeliveries: each needs an operator.");
        meter.CreateObservableGauge("ssi.messaging.error_queue.messages",
            () => _errorQueues.Select(queue => new Measurement<long>(queue.Value, new KeyValuePair<string, object?>("messaging.destination.name", queue.Key))),
            "{message}", "Messages waiting in each of the service's error queues for an operator to redeliver them.");
        Duplicates = meter.CreateCounter<long>("ssi.messaging.inbox.duplicates", "{message}", "Redelivered messages the inbox acknowledged without consuming them again.");
        meter.CreateObservableGauge("ssi.messaging.outbox.pending", () => _outbox.Pending, "{message}",
            "Committed outbox messages not yet confirmed by the broker.");
        meter.CreateObservableGauge("ssi.messaging.outbox.oldest_pending_age", () => _outbox.OldestPendingAge.TotalSeconds, "s",
            "How long the oldest pending outbox message has waited; growing means the relay is stuck or the broker away.");
        meter.CreateObservableGauge("ssi.messaging.outbox.dead", () => _outbox.Dead, "{message}",
            "Outbox messages that gave up: they are published again only when an operator replays them.");
    }

    internal Counter<long> Published { get; }

    internal Counter<long> PublishFailures { get; }

    internal Counter<long> DeadMessages { get; }

    internal Counter<long> Consumed { get; }

    internal Counter<long> ConsumerFailures { get; }

    internal Counter<long> Redeliveries { get; }

    internal Counter<long> ErrorQueued { get; }

    internal Counter<long> Duplicates { get; }

    internal void Record(OutboxState state) => _outbox = state;

    internal void Record(IReadOnlyDictionary<string, uint> errorQueues) => _errorQueues = errorQueues;

    internal static TagList MessageTags(string messageType, string? consumer = null)
    {
        var tags = new TagList { { MessageTypeTag, ShortName(messageType) } };
        if (consumer is not null)
        {
            tags.Add(ConsumerTag, consumer);
        }

        return tags;
    }

    /// <summary><c>Ssi.Contracts.ActorDirectory.ActorRegistered, Ssi.Contracts</c> → <c>ActorRegistered</c>.</summary>
    private static string ShortName(string messageType)
    {
        var typeName = messageType.Split(',')[0];
        return typeName[(typeName.LastIndexOf('.') + 1)..];
    }
}

/// <summary>A sample of the outbox table, taken by <see cref="Outbox.OutboxMonitor{TContext}"/>.</summary>
internal sealed record OutboxState(long Pending, TimeSpan OldestPendingAge, long Dead)
{
    public static readonly OutboxState Unknown = new(0, TimeSpan.Zero, 0);
}
