using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Ssi.Messaging.Topology;

namespace Ssi.Messaging.Redelivery;

/// <summary>
/// The <c>_error</c> queues of a service's consumers: what waits in them, and moving their
/// messages back to their queue once the cause is fixed (without MassTransit's fault headers, with
/// their redeliveries counted from zero again).
/// </summary>
internal sealed class ErrorQueues(BrokerConnection broker, IReadOnlyList<string> queues)
{
    public static string ErrorQueueOf(string queue) => $"{queue}_error";

    /// <summary>This service's error queues, the consumer queue each belongs to.</summary>
    public IReadOnlyDictionary<string, string> All { get; } = queues.ToDictionary(ErrorQueueOf);

    /// <summary>Messages waiting in each error queue (zero for one that was never needed).</summary>
    public async Task<IReadOnlyDictionary<string, uint>> CountAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, uint>();
        IChannel? channel = null;
        try
        {
            foreach (var errorQueue in All.Keys)
            {
                channel ??= await broker.CreateChannelAsync(cancellationToken);
                try
                {
                    counts[errorQueue] = (await channel.QueueDeclarePassiveAsync(errorQueue, cancellationToken)).MessageCount;
                }
                catch (OperationInterruptedException)
                {
                    // Not declared yet: nothing ever failed there. The broker closed the channel.
                    counts[errorQueue] = 0;
                    await channel.DisposeAsync();
                    channel = null;
                }
            }
        }
        finally
        {
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }
        }

        return counts;
    }

    /// <summary>Moves what is in <paramref name="errorQueue"/> now back to its queue; returns how many messages moved.</summary>
    public async Task<int> RedeliverAsync(string errorQueue, CancellationToken cancellationToken)
    {
        var queue = All[errorQueue];
        var waiting = (await CountAsync(cancellationToken)).GetValueOrDefault(errorQueue);
        await using var channel = await broker.CreateChannelAsync(cancellationToken);
        var moved = 0;
        while (moved < waiting && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } message)
        {
            await channel.BasicPublishAsync(exchange: "", routingKey: queue, mandatory: true, Cleaned(message.BasicProperties), message.Body, cancellationToken);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }

        return moved;
    }

    private static BasicProperties Cleaned(IReadOnlyBasicProperties faulted) => faulted.CopyPersistent(
        (faulted.Headers ?? new Dictionary<string, object?>())
            .Where(header => !header.Key.StartsWith("MT-Fault-", StringComparison.Ordinal)
                && header.Key is not ("MT-Reason" or Redeliveries.AttemptHeader or Redeliveries.ErrorHeader))
            .ToDictionary(header => header.Key, header => header.Value));
}
