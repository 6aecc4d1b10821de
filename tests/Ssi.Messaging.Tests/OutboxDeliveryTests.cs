using Ssi.Contracts;
using System.Data.Common;
using System.Diagnostics;
using System.Transactions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Ssi.Messaging.Outbox;
using Ssi.Messaging.Tests.Infrastructure;
using Ssi.Testing;
using Xunit;

namespace Ssi.Messaging.Tests;

/// <summary>
/// Two services on one virtual host, each with its own database: the producer raises
/// <see cref="ThingCreated"/>, the consumer handles it and answers <see cref="ThingAcknowledged"/>.
/// Both relays poll only every 30 s, so anything arriving sooner was woken by the commit.
/// </summary>
public sealed class OutboxDeliveryFixture : IAsyncLifetime
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    /// <summary>Well under the poll interval, generous for a loaded machine.</summary>
    public static readonly TimeSpan Promptly = TimeSpan.FromSeconds(5);

    private static readonly Subscription[] Subscriptions = [TestSubscriptions.ThingCreated, TestSubscriptions.ThingAcknowledged];

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Messaging:OutboxPollInterval"] = PollInterval.ToString(),
    };

    private TestVirtualHost? _virtualHost;
    private TestDatabase? _producerDatabase;
    private TestDatabase? _consumerDatabase;

    public TestService Producer { get; private set; } = null!;

    public TestService Consumer { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("outbox-delivery");
        _producerDatabase = await TestDatabase.CreateAsync("delivery_producer");
        _consumerDatabase = await TestDatabase.CreateAsync("delivery_consumer");
        Consumer = await TestService.StartAsync("consumer", _consumerDatabase.ConnectionString, _virtualHost.AmqpUri, Subscriptions,
            bus => bus.AddConsumer<ThingCreatedConsumer>(), Settings);
        Producer = await TestService.StartAsync("producer", _producerDatabase.ConnectionString, _virtualHost.AmqpUri, Subscriptions,
            bus => bus.AddConsumer<ThingAcknowledgedConsumer>(), Settings);
    }

    public async ValueTask DisposeAsync()
    {
        await Producer.DisposeAsync();
        await Consumer.DisposeAsync();
        await _producerDatabase!.DisposeAsync();
        await _consumerDatabase!.DisposeAsync();
        await _virtualHost!.DisposeAsync();
    }
}

public sealed class OutboxDeliveryTests(OutboxDeliveryFixture fixture) : IClassFixture<OutboxDeliveryFixture>
{
    private const string ProducerSourceName = "Ssi.Messaging.Tests.Producer";

    private static readonly ActivitySource ProducerSource = new(ProducerSourceName);

    private TestService Producer => fixture.Producer;

    private TestService Consumer => fixture.Consumer;

    [Fact]
    public async Task An_event_committed_with_its_change_reaches_the_consumer_as_soon_as_it_commits()
    {
        var thing = await Producer.CreateThingAsync("committed with its change");

        var latency = await Wait.UntilAsync(() => Consumer.Deliveries.Of<ThingCreated>(thing.Id).Count == 1,
            "the consumer got the event", OutboxDeliveryFixture.Promptly);

        TestContext.Current.SendDiagnosticMessage($"Commit to consumer: {latency.TotalMilliseconds:0} ms");
        // The relay marks the row once the broker confirmed it, which may come after the consumer got it.
        var messageId = Consumer.Deliveries.Of<ThingCreated>(thing.Id)[0].MessageId;
        OutboxMessage? outboxRow = null;
        await Wait.UntilAsync(async () => (outboxRow = await Producer.WithDbContextAsync(dbContext => dbContext.Set<OutboxMessage>()
            .SingleAsync(message => message.MessageId == messageId))).DeliveredAt is not null, "the relay marked the row delivered", OutboxDeliveryFixture.Promptly);
        Assert.Equal(1, outboxRow!.Attempts);
    }

    [Fact]
    public async Task An_event_saved_alone_without_a_transaction_is_also_delivered_promptly()
    {
        var thingId = Guid.NewGuid();
        await Producer.WithDbContextAsync(async dbContext =>
        {
            dbContext.AddIntegrationEvent(new ThingCreated(thingId, "alone", DateTimeOffset.UtcNow));
            await dbContext.SaveChangesAsync();
        });

        await Wait.UntilAsync(() => Consumer.Deliveries.Of<ThingCreated>(thingId).Count == 1,
            "the consumer got the event", OutboxDeliveryFixture.Promptly);
    }

    [Fact]
    public async Task An_event_saved_in_an_explicit_transaction_leaves_only_when_the_transaction_commits()
    {
        var thing = new Thing(Guid.NewGuid(), "explicit transaction");
        await Producer.WithDbContextAsync(async dbContext =>
        {
            await using var transaction = await dbContext.Database.BeginTransactionAsync();
            dbContext.Things.Add(thing);
            dbContext.AddIntegrationEvent(ThingCreated.For(thing));
            await dbContext.SaveChangesAsync();

            await Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);
            Assert.Empty(Consumer.Deliveries.Of<ThingCreated>(thing.Id));

            await transaction.CommitAsync();
        });

        await Wait.UntilAsync(() => Consumer.Deliveries.Of<ThingCreated>(thing.Id).Count == 1,
            "the consumer got the event", OutboxDeliveryFixture.Promptly);
    }

    [Fact]
    public async Task An_event_a_consumer_emits_goes_out_when_its_inbox_transaction_commits()
    {
        var thing = await Producer.CreateThingAsync("acknowledged");

        await Wait.UntilAsync(() => Producer.Deliveries.Of<ThingAcknowledged>(thing.Id).Count == 1,
            "the producer got the consumer's acknowledgement", 2 * OutboxDeliveryFixture.Promptly);
    }

    [Fact]
    public async Task Nothing_reaches_the_broker_when_the_transaction_rolls_back()
    {
        var rolledBack = new Thing(Guid.NewGuid(), "rolled back");
        await Producer.WithDbContextAsync(async dbContext =>
        {
            await using var transaction = await dbContext.Database.BeginTransactionAsync();
            dbContext.Things.Add(rolledBack);
            dbContext.AddIntegrationEvent(ThingCreated.For(rolledBack));
            await dbContext.SaveChangesAsync();
            await transaction.RollbackAsync();
        });

        await AssertNeverDeliveredAsync(rolledBack.Id);
    }

    [Fact]
    public async Task Nothing_reaches_the_broker_when_the_business_change_fails()
    {
        var existing = await Producer.CreateThingAsync("existing");
        var failedEvent = new ThingCreated(Guid.NewGuid(), "duplicate key", DateTimeOffset.UtcNow);

        await Assert.ThrowsAsync<DbUpdateException>(() => Producer.WithDbContextAsync(async dbContext =>
        {
            dbContext.Things.Add(existing with { Name = "same key again" });
            dbContext.AddIntegrationEvent(failedEvent);
            await dbContext.SaveChangesAsync();
        }));

        await AssertNeverDeliveredAsync(failedEvent.ThingId);
    }

    /// <summary>
    /// EF Core rolls a failed save back to a savepoint and the transaction goes on: the rows of
    /// that save were never written, so nothing of them may be handed to the relay at the commit.
    /// </summary>
    [Fact]
    public async Task Nothing_of_a_failed_save_goes_out_when_its_transaction_commits_other_work()
    {
        var existing = await Producer.CreateThingAsync("existing before a failed save");
        var failedEvent = new ThingCreated(Guid.NewGuid(), "saved in vain", DateTimeOffset.UtcNow);
        var committed = new Thing(Guid.NewGuid(), "committed after the failed save");
        await WaitUntilRelayAcceptsAsync();

        await Producer.WithDbContextAsync(async dbContext =>
        {
            await using var transaction = await dbContext.Database.BeginTransactionAsync();
            dbContext.Things.Add(existing with { Name = "same key again" });
            dbContext.AddIntegrationEvent(failedEvent);
            await Assert.ThrowsAsync<DbUpdateException>(() => dbContext.SaveChangesAsync(TestContext.Current.CancellationToken));

            dbContext.ChangeTracker.Clear();
            dbContext.Things.Add(committed);
            await dbContext.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        Assert.True(await Producer.WithDbContextAsync(dbContext => dbContext.Things.AnyAsync(thing => thing.Id == committed.Id, TestContext.Current.CancellationToken)));
        await AssertNeverDeliveredAsync(failedEvent.ThingId);
    }

    /// <summary>
    /// A transaction disposed without a commit rolls back, and its rows stay behind with it: the
    /// (pooled) context that goes on to commit other work hands none of them to the relay.
    /// </summary>
    [Fact]
    public async Task Nothing_of_a_transaction_disposed_without_a_commit_goes_out_with_the_next_one()
    {
        var abandoned = new ThingCreated(Guid.NewGuid(), "abandoned", DateTimeOffset.UtcNow);
        await WaitUntilRelayAcceptsAsync();

        await Producer.WithDbContextAsync(async dbContext =>
        {
            await using (await dbContext.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
            {
                dbContext.AddIntegrationEvent(abandoned);
                await dbContext.SaveChangesAsync(TestContext.Current.CancellationToken);
            }

            dbContext.ChangeTracker.Clear();
            dbContext.Things.Add(new Thing(Guid.NewGuid(), "committed after an abandoned transaction"));
            await using var next = await dbContext.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await dbContext.SaveChangesAsync(TestContext.Current.CancellationToken);
            await next.CommitAsync(TestContext.Current.CancellationToken);
        });

        await AssertNeverDeliveredAsync(abandoned.ThingId);
    }

    /// <summary>EF Core raises no <c>SaveChangesFailed</c> for a concurrency conflict: the rows of that save must be dropped all the same.</summary>
    [Fact]
    public async Task Nothing_of_a_save_that_hit_a_concurrency_conflict_goes_out_with_the_next_one()
    {
        var conflicted = new ThingCreated(Guid.NewGuid(), "lost a race", DateTimeOffset.UtcNow);
        await WaitUntilRelayAcceptsAsync();

        await Producer.WithDbContextAsync(async dbContext =>
        {
            dbContext.Things.Update(new Thing(Guid.NewGuid(), "never stored"));
            dbContext.AddIntegrationEvent(conflicted);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbContext.SaveChangesAsync(TestContext.Current.CancellationToken));

            dbContext.ChangeTracker.Clear();
            dbContext.Things.Add(new Thing(Guid.NewGuid(), "saved after a conflict"));
            dbContext.Things.Add(new Thing(Guid.NewGuid(), "saved after a conflict too"));
            await dbContext.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        await AssertNeverDeliveredAsync(conflicted.ThingId);
    }

    [Fact]
    public async Task Nothing_of_a_save_undone_by_a_rollback_to_a_savepoint_goes_out()
    {
        var undone = new ThingCreated(Guid.NewGuid(), "undone", DateTimeOffset.UtcNow);
        await WaitUntilRelayAcceptsAsync();

        await Producer.WithDbContextAsync(async dbContext =>
        {
            await using var transaction = await dbContext.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await transaction.CreateSavepointAsync("before_the_event", TestContext.Current.CancellationToken);
            dbContext.AddIntegrationEvent(undone);
            await dbContext.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.RollbackToSavepointAsync("before_the_event", TestContext.Current.CancellationToken);

            dbContext.ChangeTracker.Clear();
            dbContext.Things.Add(new Thing(Guid.NewGuid(), "kept after the savepoint"));
            await dbContext.SaveChangesAsync(TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        });

        await AssertNeverDeliveredAsync(undone.ThingId);
    }

    /// <summary>
    /// After a failed statement PostgreSQL answers COMMIT with a rollback, which Npgsql does not
    /// report; the NOTIFY sent just before it does, so the caller learns its commit failed.
    /// </summary>
    [Fact]
    public async Task Nothing_reaches_the_broker_when_a_failed_statement_aborted_the_transaction()
    {
        var doomed = new ThingCreated(Guid.NewGuid(), "doomed", DateTimeOffset.UtcNow);
        await WaitUntilRelayAcceptsAsync();

        await Producer.WithDbContextAsync(async dbContext =>
        {
            await using var transaction = await dbContext.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            dbContext.AddIntegrationEvent(doomed);
            await dbContext.SaveChangesAsync(TestContext.Current.CancellationToken);
            await Assert.ThrowsAnyAsync<DbException>(() => dbContext.Database.ExecuteSqlRawAsync("SELECT 1 / 0", TestContext.Current.CancellationToken));
            var aborted = await Assert.ThrowsAsync<PostgresException>(() => transaction.CommitAsync(TestContext.Current.CancellationToken));
            Assert.Equal(PostgresErrorCodes.InFailedSqlTransaction, aborted.SqlState);
        });

        await AssertNeverDeliveredAsync(doomed.ThingId);
    }

    /// <summary>An ambient transaction's commit is not EF Core's to see: its rows are never handed over, and go nowhere when it rolls back.</summary>
    [Fact]
    public async Task Nothing_reaches_the_broker_when_an_ambient_transaction_is_not_completed()
    {
        var rolledBack = new Thing(Guid.NewGuid(), "in a transaction scope");
        await WaitUntilRelayAcceptsAsync();

        using (new TransactionScope(TransactionScopeAsyncFlowOption.Enabled))
        {
            await Producer.WithDbContextAsync(async dbContext =>
            {
                dbContext.Things.Add(rolledBack);
                dbContext.AddIntegrationEvent(ThingCreated.For(rolledBack));
                await dbContext.SaveChangesAsync(TestContext.Current.CancellationToken);
            });
        }

        await AssertNeverDeliveredAsync(rolledBack.Id);
    }

    [Fact]
    public async Task The_consumer_continues_the_trace_of_the_code_that_raised_the_event()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MassTransit" or "Ssi.Messaging" or ProducerSourceName,
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);

        ActivityTraceId producerTrace;
        Thing thing;
        using (var activity = ProducerSource.StartActivity("register thing"))
        {
            Assert.NotNull(activity);
            producerTrace = activity.TraceId;
            thing = await Producer.CreateThingAsync("traced");
        }

        await Wait.UntilAsync(() => Consumer.Deliveries.Of<ThingCreated>(thing.Id).Count == 1, "the consumer got the event");
        Assert.Equal(producerTrace, Consumer.Deliveries.Of<ThingCreated>(thing.Id)[0].TraceId);
    }

    /// <summary>While the relay accepts rows, a save claims its rows for it: the hand-off is in play.</summary>
    private Task WaitUntilRelayAcceptsAsync()
    {
        var handoff = Producer.Services.GetRequiredService<OutboxHandoff<TestDbContext>>();
        return Wait.UntilAsync(() => handoff.Accepting, "the producer's relay accepts rows");
    }

    /// <summary>
    /// No outbox row means nothing for the relay to publish, ever. The marker, committed afterwards
    /// and published in outbox order, shows the relay has been through that part of the table.
    /// </summary>
    private async Task AssertNeverDeliveredAsync(Guid thingId)
    {
        var marker = await Producer.CreateThingAsync("marker");
        await Wait.UntilAsync(() => Consumer.Deliveries.Of<ThingCreated>(marker.Id).Count == 1, "the marker event arrived");

        Assert.Empty(Consumer.Deliveries.Of<ThingCreated>(thingId));
        var outboxRows = await Producer.WithDbContextAsync(dbContext => dbContext.Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE body->>'thingId' = {thingId.ToString()}")
            .SingleAsync());
        Assert.Equal(0, outboxRows);
    }
}
