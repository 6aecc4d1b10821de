using MassTransit.RabbitMqTransport;
using RabbitMQ.Client;
using Ssi.Contracts;
using Ssi.Messaging.Redelivery;

namespace Ssi.Messaging.Topology;

/// <summary>
/// Declares the queue of every subscription of the platform, bound exactly as MassTransit binds a
/// consumer's endpoint (message type exchange → endpoint exchange → queue), plus the binding that
/// brings delayed redeliveries back to it. Every service does so before it publishes anything, so
/// an event is queued for each of its consumers even when they have never run yet.
/// </summary>
internal sealed class PlatformTopology(BrokerConnection broker, IReadOnlyList<Subscription> subscriptions, MessagingOptions options)
{
    private static readonly RabbitMqMessageNameFormatter MessageNames = new();
    private readonly SemaphoreSlim _declaring = new(1, 1);
    private bool _declared;

    /// <summary>Declares the topology once per process; a failed attempt is tried again by the next call.</summary>
    public async Task EnsureDeclaredAsync(CancellationToken cancellationToken)
    {
        if (_declared)
        {
            return;
        }

        await _declaring.WaitAsync(cancellationToken);
        try
        {
            if (!_declared)
            {
                await DeclareAsync(cancellationToken);
                _declared = true;
            }
        }
        finally
        {
            _declaring.Release();
        }
    }

    private async Task DeclareAsync(CancellationToken cancellationToken)
    {
        await using var channel = await broker.CreateChannelAsync(cancellationToken);
        await RedeliveryTopology.DeclareAsync(channel, options.ConsumerRedeliveryDelays, cancellationToken);
        foreach (var subscription in subscriptions)
        {
            var messageExchange = ExchangeOf(subscription.MessageType);
            await channel.ExchangeDeclareAsync(messageExchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.ExchangeDeclareAsync(subscription.Queue, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            await channel.ExchangeBindAsync(subscription.Queue, messageExchange, routingKey: "", cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(subscription.Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
            await channel.QueueBindAsync(subscription.Queue, subscription.Queue, routingKey: "", cancellationToken: cancellationToken);
            await channel.QueueBindAsync(subscription.Queue, RedeliveryTopology.Exchange, routingKey: subscription.Queue, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The exchange MassTransit publishes a message type to, e.g. <c>Ssi.Contracts.ActorDirectory:ActorRegistered</c>.</summary>
    public static string ExchangeOf(Type messageType) => MessageNames.GetMessageName(messageType).ToString();
}
