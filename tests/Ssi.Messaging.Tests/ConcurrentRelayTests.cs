using Microsoft.EntityFrameworkCore;
using Ssi.Messaging.Outbox;
using Ssi.Messaging.Tests.Infrastructure;
using Ssi.Testing;
using Xunit;

namespace Ssi.Messaging.Tests;

/// <summary>Two replicas of the producer on one database, with small batches and fast polling so their relays contend.</summary>
public sealed class ConcurrentRelayFixture : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> ProducerSettings = new()
    {
        ["Messaging:OutboxBatchSize"] = "10",
        ["Messaging:OutboxPollInterval"] = "00:00:00.020",
    };

    private TestVirtualHost? _virtualHost;
    private TestDatabase? _producerDatabase;
    private TestDatabase? _consumerDatabase;

    public TestService ReplicaA { get; private set; } = null!;

    public TestService ReplicaB { get; private set; } = null!;

    public TestService Consumer { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("concurrent-relays");
        _producerDatabase = await TestDatabase.CreateAsync("relays_producer");
        _consumerDatabase = await TestDatabase.CreateAsync("relays_consumer");
        Consumer = await TestService.StartAsync("consumer", _consumerDatabase.ConnectionString, _virtualHost.AmqpUri, [TestSubscriptions.ThingCreated],
            bus => bus.AddConsumer<ThingCreatedConsumer>());
        ReplicaA = await TestService.StartAsync("producer", _producerDatabase.ConnectionString, _virtualHost.AmqpUri, [TestSubscriptions.ThingCreated], settings: ProducerSettings);
        ReplicaB = await TestService.StartAsync("producer", _producerDatabase.ConnectionString, _virtualHost.AmqpUri, [TestSubscriptions.ThingCreated], settings: ProducerSettings);
    }

    public async ValueTask DisposeAsync()
    {
        await ReplicaA.DisposeAsync();
        await ReplicaB.DisposeAsync();
        await Consumer.DisposeAsync();
        await _producerDatabase!.DisposeAsync();
        await _consumerDatabase!.DisposeAsync();
        await _virtualHost!.DisposeAsync();
    }
}

public sealed class ConcurrentRelayTests(ConcurrentRelayFixture fixture) : IClassFixture<ConcurrentRelayFixture>
{
    private const int EventCount = 200;

    [Fact]
    public async Task Two_relays_on_one_database_publish_every_row_exactly_once()
    {
        using var countersA = new MessagingCounters(fixture.ReplicaA);
        using var countersB = new MessagingCounters(fixture.ReplicaB);
        using var consumerCounters = new MessagingCounters(fixture.Consumer);

        // Both replicas write, in several commits, so both relays are woken and race for the rows.
        var things = Enumerable.Range(0, EventCount).Select(i => new Thing(Guid.NewGuid(), $"thing {i}")).ToList();
        await Task.WhenAll(things.Chunk(20).Select((chunk, i) => (i % 2 == 0 ? fixture.ReplicaA : fixture.ReplicaB).WithDbContextAsync(async dbContext =>
        {
            foreach (var thing in chunk)
            {
                dbContext.Things.Add(thing);
                dbContext.AddIntegrationEvent(ThingCreated.For(thing));
            }

            await dbContext.SaveChangesAsync();
        })));

        var ids = things.Select(thing => thing.Id).ToHashSet();
        await Wait.UntilAsync(() => ids.All(id => fixture.Consumer.Deliveries.Of<ThingCreated>(id).Count > 0), $"all {EventCount} events arrived");
        // A round marks its rows, and counts them, once the broker confirmed them: after the consumer may have them.
        await Wait.UntilAsync(async () => await fixture.ReplicaA.WithDbContextAsync(dbContext => dbContext.Set<OutboxMessage>().AllAsync(row => row.DeliveredAt != null)),
            "every row is marked delivered");
        var delivered = await fixture.ReplicaA.WithDbContextAsync(dbContext => dbContext.Set<OutboxMessage>().AsNoTracking().ToListAsync());

        Assert.All(ids, id => Assert.Single(fixture.Consumer.Deliveries.Of<ThingCreated>(id)));
        Assert.Equal(0, consumerCounters[MessagingCounters.Duplicates]);
        Assert.Equal(EventCount, delivered.Count);
        Assert.All(delivered, row => Assert.True(row is { DeliveredAt: not null, Attempts: 1 }, $"row {row.Id}: {row.Attempts} attempts"));
        Assert.Equal(EventCount, countersA[MessagingCounters.Published] + countersB[MessagingCounters.Published]);
        TestContext.Current.SendDiagnosticMessage(
            $"Relay A published {countersA[MessagingCounters.Published]}, relay B {countersB[MessagingCounters.Published]}");
    }
}
