using System.Diagnostics;
using System.Text.Json;
using Ssi.Contracts;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// An integration event committed with the business change that caused it, waiting for the
/// relay to publish it (<see cref="DeliveredAt"/> is null until the broker confirmed it).
/// </summary>
public sealed class OutboxMessage
{
    internal const int LastErrorMaxLength = 2000;

    private OutboxMessage(
        Guid messageId,
        string messageType,
        string body,
        string? traceParent,
        string? traceState,
        DateTimeOffset createdAt,
        DateTimeOffset nextAttemptAt)
    {
        MessageId = messageId;
        MessageType = messageType;
        Body = body;
        TraceParent = traceParent;
        TraceState = traceState;
        CreatedAt = createdAt;
        NextAttemptAt = nextAttemptAt;
    }

    /// <summary>Publication order.</summary>
    public long Id { get; private set; }

    /// <summary>Becomes the MassTransit MessageId, which consumers' inboxes deduplicate on.</summary>
    public Guid MessageId { get; private set; }

    /// <summary>The event's CLR type, as <see cref="MessageTypes.NameOf"/> writes it.</summary>
    public string MessageType { get; private set; }

    public string Body { get; private set; }

    /// <summary>The W3C traceparent of the activity that raised the event, so the consumer continues its trace.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Publish attempts so far, the successful one included.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    internal static OutboxMessage Create(IIntegrationEvent integrationEvent, Activity? activity, DateTimeOffset now)
    {
        var type = integrationEvent.GetType();
        var traced = activity?.IdFormat == ActivityIdFormat.W3C;
        return new OutboxMessage(
            Guid.CreateVersion7(now),
            MessageTypes.NameOf(type),
            JsonSerializer.Serialize(integrationEvent, type, MessageTypes.JsonOptions),
            traced ? activity!.Id : null,
            traced ? activity!.TraceStateString : null,
            now,
            now);
    }

    internal void MarkDelivered(DateTimeOffset now)
    {
        Attempts++;
        DeliveredAt = now;
        LastError = null;
    }

    /// <returns>How long to wait before trying this row again: exponential, capped.</returns>
    internal TimeSpan RecordFailure(string error, DateTimeOffset now, TimeSpan firstDelay, TimeSpan maxDelay)
    {
        Attempts++;
        var delay = TimeSpan.FromTicks((long)Math.Min(firstDelay.Ticks * Math.Pow(2, Attempts - 1), maxDelay.Ticks));
        NextAttemptAt = now + delay;
        LastError = error.Length <= LastErrorMaxLength ? error : error[..LastErrorMaxLength];
        return delay;
    }
}
