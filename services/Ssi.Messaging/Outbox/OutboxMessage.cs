using System.Diagnostics;
using System.Text.Json;
using Ssi.Contracts;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// An integration event committed with the business change that caused it. The relay claims it
/// for a short lease (<see cref="ClaimedUntil"/>), publishes it outside any transaction, and sets
/// <see cref="DeliveredAt"/> once the broker confirmed it. A row that keeps failing for a reason of
/// its own (not the broker's) ends <see cref="DeadAt"/>, for an operator to look at and replay.
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

    /// <summary>Commit order, within one relay's claim; no order holds across relays (see the library's README).</summary>
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

    /// <summary>The relay working on the row, and until when; another relay may take it after.</summary>
    public Guid? ClaimedBy { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>Set when the row gave up: it is published again only when an operator replays it.</summary>
    public DateTimeOffset? DeadAt { get; private set; }

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

    /// <summary>Before the row is inserted: claimed for a relay from the start, or for none.</summary>
    internal void Claim(Guid? relay, DateTimeOffset? until)
    {
        ClaimedBy = relay;
        ClaimedUntil = until;
    }

    internal static string Truncate(string error) => error.Length <= LastErrorMaxLength ? error : error[..LastErrorMaxLength];
}
