namespace Ssi.Messaging.Inbox;

/// <summary>
/// A message a consumer endpoint has already handled, recorded in the same transaction as the
/// consumer's effect; a redelivery that finds its row is acknowledged without running the consumer.
/// </summary>
public sealed class InboxMessage(Guid messageId, string consumer, DateTimeOffset receivedAt)
{
    public Guid MessageId { get; private set; } = messageId;

    /// <summary>The receive endpoint (queue) name, e.g. <c>communications-actor-registered</c>.</summary>
    public string Consumer { get; private set; } = consumer;

    public DateTimeOffset ReceivedAt { get; private set; } = receivedAt;
}
