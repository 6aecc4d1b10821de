using System.Globalization;
using RabbitMQ.Client;

namespace Ssi.Messaging.Redelivery;

/// <summary>
/// Delayed redelivery without RabbitMQ's delayed-message plugin: one queue per delay, whose
/// messages expire after it (<c>x-message-ttl</c>) and are dead-lettered to the
/// <see cref="Exchange"/> with the routing key they were sent with, the consumer's own queue,
/// which is bound to it under its name. Durable queues and persistent messages: a redelivery
/// waiting survives a restart of the service and of the broker.
/// </summary>
internal static class RedeliveryTopology
{
    public const string Exchange = "ssi.redelivery";

    /// <summary>The fanout exchange, with its queue of the same name, where a message waits <paramref name="delay"/>.</summary>
    public static string DelayExchange(TimeSpan delay) =>
        $"{Exchange}.delay-{((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)}ms";

    public static async Task DeclareAsync(IChannel channel, IEnumerable<TimeSpan> delays, CancellationToken cancellationToken)
    {
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Direct, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        foreach (var delay in delays)
        {
            var name = DelayExchange(delay);
            await channel.ExchangeDeclareAsync(name, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object?>
            {
                ["x-message-ttl"] = (long)delay.TotalMilliseconds,
                ["x-dead-letter-exchange"] = Exchange,
            }, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(name, name, routingKey: "", cancellationToken: cancellationToken);
        }
    }
}
