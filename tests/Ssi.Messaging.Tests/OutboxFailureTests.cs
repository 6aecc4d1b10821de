using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Ssi.Messaging.Administration;
using Ssi.Messaging.Outbox;
using Ssi.Messaging.Tests.Infrastructure;
using Ssi.Testing;
using Xunit;

namespace Ssi.Messaging.Tests;

/// <summary>A producer whose outbox holds rows that cannot be published, among rows that can, and a consumer.</summary>
public sealed class OutboxFailureFixture : IAsyncLifetime
{
    public const int MaxAttempts = 3;

    private TestVirtualHost? _virtualHost;
    private TestDatabase? _producerDatabase;
    private TestDatabase? _consumerDatabase;

    public TestService Producer { get; private set; } = null!;

    public TestService Consumer { get; private set; } = null!;

    public MessagingCounters ProducerCounters { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("outbox-failure");
        _producerDatabase = await TestDatabase.CreateAsync("failure_producer");
        _consumerDatabase = await TestDatabase.CreateAsync("failure_consumer");
        Consumer = await TestService.StartAsync("consumer", _consumerDatabase.ConnectionString, _virtualHost.AmqpUri, [TestSubscriptions.ThingCreated],
            bus => bus.AddConsumer<ThingCreatedConsumer>());
        Producer = await TestService.StartAsync("producer", _producerDatabase.ConnectionString, _virtualHost.AmqpUri, [TestSubscriptions.ThingCreated],
            settings: new Dictionary<string, string?>
            {
                ["Messaging:OutboxPollInterval"] = "00:00:00.100",
                ["Messaging:OutboxRetryDelay"] = "00:00:00.050",
                ["Messaging:OutboxMaxRetryDelay"] = "00:00:00.200",
                ["Messaging:OutboxMaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Messaging:OutboxMonitorInterval"] = "00:00:00.100",
            });
        ProducerCounters = new MessagingCounters(Producer);
    }

    public async ValueTask DisposeAsync()
    {
        ProducerCounters.Dispose();
        await Producer.DisposeAsync();
        await Consumer.DisposeAsync();
        await _producerDatabase!.DisposeAsync();
        await _consumerDatabase!.DisposeAsync();
        await _virtualHost!.DisposeAsync();
    }
}

public sealed class OutboxFailureTests(OutboxFailureFixture fixture) : IClassFixture<OutboxFailureFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private TestService Producer => fixture.Producer;

    private TestService Consumer => fixture.Consumer;

    [Fact]
    public async Task Rows_that_cannot_be_published_die_after_their_attempts_without_holding_back_or_repeating_the_others()
    {
        using var dead = new MetricCollector<long>(Producer.Services.GetRequiredService<IMeterFactory>(), "Ssi.Messaging", "ssi.messaging.outbox.dead");
        // The rows of the class's other tests are counted once marked delivered (a round marks its rows together, after the consumer may have them).
        await Wait.UntilAsync(async () => await PendingRowsAsync() == 0, "the rows of earlier tests are delivered");
        var publishedBefore = fixture.ProducerCounters[MessagingCounters.Published];
        var before = await Producer.CreateThingAsync("before the bad rows");
        var unknownType = await InsertRowAsync("Ssi.Nowhere.ThingVanished, Ssi.Nowhere", """{"thingId":"5d0c7f8e-0000-0000-0000-000000000000"}""");
        var unreadable = await InsertRowAsync(MessageTypeOf<ThingCreated>(), """{"thingId":"not-a-guid"}""");
        var after = await Producer.CreateThingAsync("after the bad rows");

        await Wait.UntilAsync(async () => (await RowAsync(unknownType)).DeadAt is not null && (await RowAsync(unreadable)).DeadAt is not null,
            "both bad rows gave up");
        await Wait.UntilAsync(() => Consumer.Deliveries.Of<ThingCreated>(after.Id).Count == 1, "the row after them was delivered");

        var (vanished, garbled) = (await RowAsync(unknownType), await RowAsync(unreadable));
        Assert.Equal((OutboxFailureFixture.MaxAttempts, OutboxFailureFixture.MaxAttempts), (vanished.Attempts, garbled.Attempts));
        Assert.Contains("Unknown message type 'Ssi.Nowhere.ThingVanished, Ssi.Nowhere'", vanished.LastError);
        Assert.StartsWith("JsonException", garbled.LastError);
        Assert.Single(Consumer.Deliveries.Of<ThingCreated>(before.Id));
        Assert.Single(Consumer.Deliveries.Of<ThingCreated>(after.Id));
        await Wait.UntilAsync(() => fixture.ProducerCounters[MessagingCounters.Published] - publishedBefore >= 2, "the relay counted the good rows");
        Assert.Equal(2, fixture.ProducerCounters[MessagingCounters.Published] - publishedBefore);
        dead.RecordObservableInstruments();
        await Wait.UntilAsync(() => { dead.RecordObservableInstruments(); return dead.LastMeasurement?.Value >= 2; }, "operators see the dead rows");
    }

    [Fact]
    public async Task An_operator_replays_a_dead_row_once_its_cause_is_fixed_and_it_is_delivered_once()
    {
        var thingId = Guid.NewGuid();
        var row = await InsertRowAsync(MessageTypeOf<ThingCreated>(), $$"""{"thingId":"{{thingId}}","name":"repaired","occurredAt":"not-a-date"}""");
        await Wait.UntilAsync(async () => (await RowAsync(row)).DeadAt is not null, "the row gave up");

        var listed = await Producer.WithDbContextAsync(db => OutboxAdministration.ListDeadAsync(db, Cancellation));
        Assert.Contains(listed, message => message.Id == row);
        await Producer.WithDbContextAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE outbox_messages SET body = jsonb_set(body, '{{occurredAt}}', to_jsonb(now())) WHERE id = {row}", Cancellation));
        var replayed = await Producer.WithDbContextAsync(db => OutboxAdministration.ReplayDeadAsync(db, [row], Cancellation));

        Assert.Equal(1, replayed);
        await Wait.UntilAsync(() => Consumer.Deliveries.Of<ThingCreated>(thingId).Count == 1, "the replayed row was delivered");
        // The relay marks a round's rows once the broker confirmed them all, which may be after the consumer has one.
        await Wait.UntilAsync(async () => (await RowAsync(row)).DeliveredAt is not null, "the relay marked the replayed row delivered");
        Assert.Null((await RowAsync(row)).DeadAt);
    }

    [Fact]
    public async Task Rows_claimed_by_a_relay_that_died_are_taken_over_once_its_lease_runs_out()
    {
        var thing = new Thing(Guid.NewGuid(), "claimed by a relay that died");
        await InsertRowAsync(MessageTypeOf<ThingCreated>(), System.Text.Json.JsonSerializer.Serialize(ThingCreated.For(thing), System.Text.Json.JsonSerializerOptions.Web),
            claimedFor: TimeSpan.FromSeconds(2));

        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        Assert.Empty(Consumer.Deliveries.Of<ThingCreated>(thing.Id));

        await Wait.UntilAsync(() => Consumer.Deliveries.Of<ThingCreated>(thing.Id).Count == 1, "another relay took the row over");
    }

    private static string MessageTypeOf<T>() => $"{typeof(T).FullName}, {typeof(T).Assembly.GetName().Name}";

    /// <summary>A row as a past version of the service, a hand-made fix or a relay that died (<paramref name="claimedFor"/>) could have left it.</summary>
    private Task<long> InsertRowAsync(string messageType, string body, TimeSpan? claimedFor = null) =>
        Producer.WithDbContextAsync(async db => (await db.Database.SqlQuery<long>($"""
            INSERT INTO outbox_messages (message_id, message_type, body, created_at, attempts, next_attempt_at, claimed_by, claimed_until)
            VALUES ({Guid.CreateVersion7()}, {messageType}, {body}::jsonb, now(), 0, now(),
                    {(claimedFor is null ? null : Guid.NewGuid())}, now() + {claimedFor})
            RETURNING id AS "Value"
            """).ToListAsync(Cancellation)).Single());

    private Task<int> PendingRowsAsync() =>
        Producer.WithDbContextAsync(db => db.Set<OutboxMessage>().CountAsync(message => message.DeliveredAt == null && message.DeadAt == null, Cancellation));

    private Task<OutboxMessage> RowAsync(long id) =>
        Producer.WithDbContextAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(message => message.Id == id, Cancellation));
}
