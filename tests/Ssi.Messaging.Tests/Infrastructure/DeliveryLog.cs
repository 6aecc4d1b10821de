using System.Collections.Concurrent;
using System.Diagnostics;

namespace Ssi.Messaging.Tests.Infrastructure;

/// <param name="TraceId">The trace the consumer ran in.</param>
public sealed record Delivery(Type MessageType, Guid ThingId, Guid MessageId, ActivityTraceId? TraceId);

/// <summary>What the test consumers of one host saw, for the tests to wait on.</summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentQueue<Delivery> _deliveries = new();
    private int _poisonAttempts;

    public int PoisonAttempts => Volatile.Read(ref _poisonAttempts);

    /// <summary>While true the <see cref="PoisonPillConsumer"/> fails, like a consumer whose database is down.</summary>
    public bool PoisonFails { get; set; } = true;

    public void Add<TMessage>(Guid thingId, Guid messageId) =>
        _deliveries.Enqueue(new Delivery(typeof(TMessage), thingId, messageId, Activity.Current?.TraceId));

    public void AddPoisonAttempt() => Interlocked.Increment(ref _poisonAttempts);

    public IReadOnlyList<Delivery> Of<TMessage>() => _deliveries.Where(delivery => delivery.MessageType == typeof(TMessage)).ToList();

    public IReadOnlyList<Delivery> Of<TMessage>(Guid thingId) => Of<TMessage>().Where(delivery => delivery.ThingId == thingId).ToList();
}
