using System.Collections.Concurrent;
using MassTransit;

namespace Ssi.Testing;

/// <summary>
/// A separate bus on a test virtual host, standing in for "another service": it sees the
/// integration events the service under test publishes, and publishes events to it.
/// </summary>
public sealed class BrokerProbe : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<object> _received;

    private BrokerProbe(IBusControl bus, ConcurrentQueue<object> received)
    {
        _bus = bus;
        _received = received;
    }

    public IBus Bus => _bus;

    /// <param name="observedMessageTypes">Integration event types the probe subscribes to.</param>
    public static async Task<BrokerProbe> StartAsync(Uri amqpUri, params Type[] observedMessageTypes)
    {
        var received = new ConcurrentQueue<object>();
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(amqpUri);
            rabbit.ReceiveEndpoint($"test-probe-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                foreach (var type in observedMessageTypes)
                {
                    SubscribeMethod.MakeGenericMethod(type).Invoke(null, [endpoint, received]);
                }
            });
        });
        await bus.StartAsync();
        return new BrokerProbe(bus, received);
    }

    private static readonly System.Reflection.MethodInfo SubscribeMethod =
        typeof(BrokerProbe).GetMethod(nameof(Subscribe), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static void Subscribe<T>(IReceiveEndpointConfigurator endpoint, ConcurrentQueue<object> received) where T : class =>
        endpoint.Handler<T>(context =>
        {
            received.Enqueue(context.Message);
            return Task.CompletedTask;
        });

    /// <summary>Waits for a message of type <typeparamref name="T"/> matching <paramref name="predicate"/>.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool> predicate, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            if (_received.OfType<T>().FirstOrDefault(predicate) is { } match)
            {
                return match;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"No {typeof(T).Name} matching the condition arrived within {timeout ?? TimeSpan.FromSeconds(15)}.");
    }

    public IReadOnlyList<T> Received<T>() => _received.OfType<T>().ToList();

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
