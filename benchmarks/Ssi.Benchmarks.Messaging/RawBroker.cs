using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ssi.Benchmarks.Messaging;

/// <summary>
/// RabbitMQ.Client alone, the floor under the outbox: persistent messages to a durable queue with
/// publisher confirms, as MassTransit publishes the relay's, consumed with manual acks.
/// </summary>
public sealed class RawBroker : IAsyncDisposable
{
    private const string Queue = "raw-round-trip";

    private readonly IConnection _publisherConnection;
    private readonly IChannel _publisher;
    private readonly IConnection _consumerConnection;
    private readonly IChannel _consumer;

    private RawBroker(IConnection publisherConnection, IChannel publisher, IConnection consumerConnection, IChannel consumer)
    {
        _publisherConnection = publisherConnection;
        _publisher = publisher;
        _consumerConnection = consumerConnection;
        _consumer = consumer;
    }

    public static async Task<RawBroker> StartAsync(Uri virtualHost, Timings timings)
    {
        var factory = new ConnectionFactory { Uri = virtualHost };
        var publisherConnection = await factory.CreateConnectionAsync("raw-publisher");
        var publisher = await publisherConnection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await publisher.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);

        var consumerConnection = await factory.CreateConnectionAsync("raw-consumer");
        var consumer = await consumerConnection.CreateChannelAsync();
        await consumer.BasicQosAsync(0, 16, false);
        var receiver = new AsyncEventingBasicConsumer(consumer);
        receiver.ReceivedAsync += async (_, delivery) =>
        {
            timings.Consumed(new Guid(delivery.Body.Span));
            await consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await consumer.BasicConsumeAsync(Queue, autoAck: false, receiver);
        return new RawBroker(publisherConnection, publisher, consumerConnection, consumer);
    }

    /// <summary>Returns once the broker confirmed the message.</summary>
    public async Task PublishAsync(Guid id) =>
        await _publisher.BasicPublishAsync("", Queue, mandatory: false, new BasicProperties { Persistent = true }, id.ToByteArray());

    /// <summary>Messages a second published one after the other, each awaiting its confirm, as the relay publishes its rows.</summary>
    public async Task<double> ConfirmRateAsync(int count)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await PublishAsync(Guid.NewGuid());
        }

        return count / clock.Elapsed.TotalSeconds;
    }

    public async ValueTask DisposeAsync()
    {
        await _consumer.DisposeAsync();
        await _consumerConnection.DisposeAsync();
        await _publisher.DisposeAsync();
        await _publisherConnection.DisposeAsync();
    }
}
