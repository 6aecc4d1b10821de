using System.Text;
using RabbitMQ.Client.Exceptions;
using RabbitMQ.Client;

namespace Ssi.Messaging.Tests.Infrastructure;

/// <summary>Looks at queues with a plain AMQP client, as an operator would, not through MassTransit.</summary>
public static class Broker
{
    /// <summary>Takes one message off <paramref name="queue"/>, or null when it is empty or does not exist.</summary>
    public static async Task<BasicGetResult?> TakeAsync(Uri virtualHost, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = virtualHost }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return await channel.BasicGetAsync(queue, autoAck: true);
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }

    public static async Task<bool> QueueExistsAsync(Uri virtualHost, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = virtualHost }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(queue);
            return true;
        }
        catch (OperationInterruptedException)
        {
            return false;
        }
    }

    public static string? Header(this BasicGetResult message, string name) =>
        message.BasicProperties.Headers?.TryGetValue(name, out var value) == true
            ? value switch { byte[] bytes => Encoding.UTF8.GetString(bytes), _ => value?.ToString() }
            : null;
}
