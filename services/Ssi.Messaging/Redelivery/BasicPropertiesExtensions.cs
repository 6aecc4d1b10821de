using RabbitMQ.Client;

namespace Ssi.Messaging.Redelivery;

internal static class BasicPropertiesExtensions
{
    /// <summary>The properties of a message moved to another queue: the same identity, persistent, with the given headers.</summary>
    public static BasicProperties CopyPersistent(this IReadOnlyBasicProperties received, IDictionary<string, object?> headers) => new()
    {
        ContentType = received.ContentType,
        ContentEncoding = received.ContentEncoding,
        MessageId = received.MessageId,
        CorrelationId = received.CorrelationId,
        Type = received.Type,
        AppId = received.AppId,
        Timestamp = received.Timestamp,
        DeliveryMode = DeliveryModes.Persistent,
        Headers = headers,
    };
}
