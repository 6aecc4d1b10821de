using System.Diagnostics.Metrics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Ssi.Messaging.Redelivery;
using Ssi.Messaging.Tests.Infrastructure;
using Ssi.Testing;
using Xunit;

namespace Ssi.Messaging.Tests;

/// <summary>
/// A consumer whose work fails for a while, as when its database is down: its messages come back
/// after growing delays, through delay queues on the broker, and only then go to the error queue.
/// Each test starts its own consumer service, and may restart it.
/// </summary>
public sealed class ConsumerRedeliveryTests : IAsyncLifetime
{
    private static readonly KebabCaseEndpointNameFormatter EndpointNames = new(TestSubscriptions.PoisonPill.Service, includeNamespace: false);
    private static readonly string ErrorQueue = ErrorQueues.ErrorQueueOf(TestSubscriptions.PoisonPill.Queue);

    private TestVirtualHost _virtualHost = null!;
    private TestDatabase _database = null!;
    private readonly List<TestService> _services = [];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("redelivery");
        _database = await TestDatabase.CreateAsync("redelivery");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }

        await _database.DisposeAsync();
        await _virtualHost.DisposeAsync();
    }

    [Fact]
    public async Task An_outage_longer_than_the_immediate_retries_is_ridden_out_by_delayed_redeliveries()
    {
        var consumer = await StartConsumerAsync("00:00:00.500", "00:00:01", "00:00:02");
        var pill = await PublishAsync(consumer);

        await Wait.UntilAsync(() => consumer.Deliveries.PoisonAttempts >= 4, "the message came back after its first delay and failed again");
        consumer.Deliveries.PoisonFails = false;

        await Wait.UntilAsync(() => consumer.Deliveries.Of<PoisonPill>(pill.ThingId).Count == 1, "the message was consumed once the outage ended");
        // The handler records its delivery before the inbox transaction commits.
        await Wait.UntilAsync(async () => await ReceiptsAsync(consumer, pill.ThingId) >= 1, "the inbox recorded the consumption");
        Assert.Equal(1, await ReceiptsAsync(consumer, pill.ThingId));
        Assert.Null(await Broker.TakeAsync(_virtualHost.AmqpUri, ErrorQueue));
    }

    [Fact]
    public async Task A_message_waiting_for_its_redelivery_survives_a_restart_of_its_consumer()
    {
        var first = await StartConsumerAsync("00:00:03");
        var pill = await PublishAsync(first);
        await Wait.UntilAsync(() => first.Deliveries.PoisonAttempts == 2, "the immediate retries were spent and the message went to wait");
        await first.DisposeAsync();
        _services.Remove(first);

        var restarted = await StartConsumerAsync("00:00:03");
        restarted.Deliveries.PoisonFails = false;

        await Wait.UntilAsync(() => restarted.Deliveries.Of<PoisonPill>(pill.ThingId).Count == 1, "the restarted consumer got the message back", TimeSpan.FromSeconds(30));
        // The handler records its delivery before the inbox transaction commits.
        await Wait.UntilAsync(async () => await ReceiptsAsync(restarted, pill.ThingId) >= 1, "the inbox recorded the consumption");
        Assert.Equal(1, await ReceiptsAsync(restarted, pill.ThingId));
    }

    [Fact]
    public async Task Past_its_redeliveries_a_message_waits_in_the_error_queue_where_operators_see_it_and_move_it_back()
    {
        var consumer = await StartConsumerAsync("00:00:00.200", "00:00:00.400");
        using var waiting = new MetricCollector<long>(consumer.Services.GetRequiredService<IMeterFactory>(), "Ssi.Messaging", "ssi.messaging.error_queue.messages");
        var pill = await PublishAsync(consumer);

        await Wait.UntilAsync(() => Observe(waiting) == 1, "the error queue's gauge shows the message", TimeSpan.FromSeconds(30));
        Assert.Equal(2 * 3, consumer.Deliveries.PoisonAttempts);
        Assert.Empty(consumer.Deliveries.Of<PoisonPill>(pill.ThingId));

        consumer.Deliveries.PoisonFails = false;
        var moved = await consumer.Services.GetRequiredService<ErrorQueues>().RedeliverAsync(ErrorQueue, Cancellation);

        Assert.Equal(1, moved);
        await Wait.UntilAsync(() => consumer.Deliveries.Of<PoisonPill>(pill.ThingId).Count == 1, "the moved message was consumed");
        await Wait.UntilAsync(() => Observe(waiting) == 0, "the error queue is empty again");
        // The handler records its delivery before the inbox transaction commits.
        await Wait.UntilAsync(async () => await ReceiptsAsync(consumer, pill.ThingId) >= 1, "the inbox recorded the consumption");
        Assert.Equal(1, await ReceiptsAsync(consumer, pill.ThingId));
    }

    private async Task<TestService> StartConsumerAsync(params string[] redeliveryDelays)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Messaging:ConsumerRetryLimit"] = "1",
            ["Messaging:ConsumerRetryMinInterval"] = "00:00:00.010",
            ["Messaging:ConsumerRetryMaxInterval"] = "00:00:00.010",
            ["Messaging:ConsumerRetryIntervalDelta"] = "00:00:00",
            ["Messaging:ErrorQueueMonitorInterval"] = "00:00:00.100",
        };
        for (var index = 0; index < redeliveryDelays.Length; index++)
        {
            settings[$"Messaging:ConsumerRedeliveryDelays:{index}"] = redeliveryDelays[index];
        }

        var service = await TestService.StartAsync(TestSubscriptions.PoisonPill.Service, _database.ConnectionString, _virtualHost.AmqpUri,
            [TestSubscriptions.PoisonPill], bus => bus.AddConsumer<PoisonPillConsumer>(), settings);
        _services.Add(service);
        return service;
    }

    private static async Task<PoisonPill> PublishAsync(TestService service)
    {
        var pill = new PoisonPill(Guid.NewGuid(), DateTimeOffset.UtcNow);
        await service.Bus.Publish(pill, Cancellation);
        return pill;
    }

    private static Task<int> ReceiptsAsync(TestService service, Guid thingId) =>
        service.WithDbContextAsync(db => db.Receipts.CountAsync(receipt => receipt.ThingId == thingId, Cancellation));

    private static long Observe(MetricCollector<long> gauge)
    {
        gauge.RecordObservableInstruments();
        return gauge.GetMeasurementSnapshot().LastOrDefault(measurement => measurement.Tags.TryGetValue("messaging.destination.name", out var queue) && (string?)queue == ErrorQueue)?.Value ?? -1;
    }
}
