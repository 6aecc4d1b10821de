using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging.Outbox;
using Ssi.Messaging.Tests.Infrastructure;
using Ssi.Testing;
using Xunit;

namespace Ssi.Messaging.Tests;

/// <summary>The producer reaches the broker through a proxy the test can cut, like a network partition.</summary>
public sealed class BrokerOutageFixture : IAsyncLifetime
{
    private TestVirtualHost? _virtualHost;
    private TestDatabase? _producerDatabase;
    private TestDatabase? _consumerDatabase;

    public TcpProxy Proxy { get; private set; } = null!;

    public TestService Producer { get; private set; } = null!;

    public TestService Consumer { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var infrastructure = await TestInfrastructure.EnsureStartedAsync();
        _virtualHost = await TestVirtualHost.CreateAsync("broker-outage");
        _producerDatabase = await TestDatabase.CreateAsync("outage_producer");
        _consumerDatabase = await TestDatabase.CreateAsync("outage_consumer");
        Proxy = new TcpProxy(infrastructure.RabbitMq);

        Consumer = await TestService.StartAsync("consumer", _consumerDatabase.ConnectionString, _virtualHost.AmqpUri, [TestSubscriptions.ThingCreated],
            bus => bus.AddConsumer<ThingCreatedConsumer>());
        Producer = await TestService.StartAsync("producer", _producerDatabase.ConnectionString, Proxy.Through(_virtualHost.AmqpUri), [TestSubscriptions.ThingCreated],
            settings: new Dictionary<string, string?>
            {
                ["Messaging:OutboxPollInterval"] = "00:00:00.100",
                ["Messaging:OutboxPublishTimeout"] = "00:00:01",
                ["Messaging:OutboxRetryDelay"] = "00:00:00.200",
                ["Messaging:OutboxMaxRetryDelay"] = "00:00:01",
                ["Messaging:OutboxMonitorInterval"] = "00:00:00.100",
            });
    }

    public async ValueTask DisposeAsync()
    {
        await Producer.DisposeAsync();
        await Consumer.DisposeAsync();
        await Proxy.DisposeAsync();
        await _producerDatabase!.DisposeAsync();
        await _consumerDatabase!.DisposeAsync();
        await _virtualHost!.DisposeAsync();
    }
}

public sealed class BrokerOutageTests(BrokerOutageFixture fixture) : IClassFixture<BrokerOutageFixture>
{
    private TestService Producer => fixture.Producer;

    private TestService Consumer => fixture.Consumer;

    [Fact]
    public async Task Events_committed_while_the_broker_is_unreachable_stay_pending_then_all_arrive_exactly_once()
    {
        var before = await Producer.CreateThingAsync("before the outage");
        await Wait.UntilAsync(() => Consumer.Deliveries.Of<ThingCreated>(before.Id).Count == 1, "the path through the proxy works");

        fixture.Proxy.Cut();
        var things = new List<Thing>();
        for (var i = 0; i < 20; i++)
        {
            things.Add(await Producer.CreateThingAsync($"during the outage {i}"));
        }

        var ids = things.Select(thing => thing.Id).ToHashSet();
        await Wait.UntilAsync(async () => (await PendingAsync(ids)).Count(row => row.Attempts >= 2) >= 1,
            "the relay tried and failed at least twice");
        using var pendingGauge = Gauge<long>("ssi.messaging.outbox.pending");
        using var ageGauge = Gauge<double>("ssi.messaging.outbox.oldest_pending_age");
        await Wait.UntilAsync(() => Observe(pendingGauge) >= 20 && Observe(ageGauge) > 0, "operators see the pending events and their age");
        var pending = await PendingAsync(ids);
        Assert.Equal(20, pending.Count);
        Assert.Contains(pending, row => row.LastError is not null && row.Attempts >= 2);
        Assert.All(pending, row => Assert.Null(row.DeadAt));
        Assert.DoesNotContain(Consumer.Deliveries.Of<ThingCreated>(), delivery => ids.Contains(delivery.ThingId));

        fixture.Proxy.Restore();
        await Wait.UntilAsync(() => ids.All(id => Consumer.Deliveries.Of<ThingCreated>(id).Count > 0),
            "all 20 events arrived", TimeSpan.FromSeconds(40));

        Assert.All(ids, id => Assert.Single(Consumer.Deliveries.Of<ThingCreated>(id)));
        // A round marks its rows once all their confirmations are in, which may come after the consumer got them.
        await Wait.UntilAsync(async () => (await PendingAsync(ids)).Count == 0, "the relay marked every row delivered");
        await Wait.UntilAsync(() => Observe(pendingGauge) == 0 && Observe(ageGauge) == 0, "the gauges are back to zero");
        var receipts = await Consumer.WithDbContextAsync(dbContext => dbContext.Receipts.Where(receipt => ids.Contains(receipt.ThingId)).CountAsync());
        Assert.Equal(20, receipts);
    }

    /// <summary>
    /// A relay waiting out a broker failure is handed nothing: what its replica commits meanwhile
    /// is left unclaimed, for whichever replica's relay reaches the broker first.
    /// </summary>
    [Fact]
    public async Task Rows_committed_while_the_relay_waits_out_the_broker_are_left_to_every_relay()
    {
        var handoff = Producer.Services.GetRequiredService<OutboxHandoff<TestDbContext>>();
        var before = await Producer.CreateThingAsync("before the outage");
        await Wait.UntilAsync(() => Consumer.Deliveries.Of<ThingCreated>(before.Id).Count == 1, "the path through the proxy works");

        fixture.Proxy.Cut();
        var things = new List<Thing>();
        OutboxMessage? leftToAll = null;
        try
        {
            things.Add(await Producer.CreateThingAsync("meets the outage"));
            while (leftToAll is null)
            {
                await Wait.UntilAsync(() => !handoff.Accepting, "the relay waits out the broker");
                var (thing, row) = await CreateThingKeepingItsRowAsync("committed while the relay waits");
                things.Add(thing);
                // Conclusive only if the relay did not start accepting again while the row was saved.
                leftToAll = handoff.Accepting ? null : row;
            }
        }
        finally
        {
            fixture.Proxy.Restore();
        }

        Assert.Null(leftToAll.ClaimedBy);
        await Wait.UntilAsync(() => things.All(thing => Consumer.Deliveries.Of<ThingCreated>(thing.Id).Count > 0),
            "every event arrived once the broker was back", TimeSpan.FromSeconds(40));
    }

    private Task<(Thing Thing, OutboxMessage Row)> CreateThingKeepingItsRowAsync(string name) =>
        Producer.WithDbContextAsync(async dbContext =>
        {
            var thing = new Thing(Guid.NewGuid(), name);
            dbContext.Things.Add(thing);
            dbContext.AddIntegrationEvent(ThingCreated.For(thing));
            var row = dbContext.ChangeTracker.Entries<OutboxMessage>().Single(entry => entry.State == EntityState.Added).Entity;
            await dbContext.SaveChangesAsync();
            return (thing, row);
        });

    private MetricCollector<T> Gauge<T>(string name) where T : struct =>
        new(Producer.Services.GetRequiredService<IMeterFactory>(), "Ssi.Messaging", name);

    private static double Observe<T>(MetricCollector<T> gauge) where T : struct
    {
        gauge.RecordObservableInstruments();
        return Convert.ToDouble(gauge.LastMeasurement?.Value ?? default, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<List<OutboxMessage>> PendingAsync(HashSet<Guid> thingIds) =>
        Producer.WithDbContextAsync(async dbContext =>
        {
            var pending = await dbContext.Set<OutboxMessage>().AsNoTracking().Where(message => message.DeliveredAt == null).ToListAsync();
            return pending.Where(message => thingIds.Contains(ThingIdOf(message))).ToList();
        });

    private static Guid ThingIdOf(OutboxMessage message) =>
        JsonSerializer.Deserialize<ThingCreated>(message.Body, JsonSerializerOptions.Web)!.ThingId;
}
