using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Ssi.Messaging.Outbox;
using Ssi.Messaging.Tests.Infrastructure;
using Ssi.Testing;
using Xunit;

namespace Ssi.Messaging.Tests;

/// <summary>
/// Two replicas of the producer on one database, polling only every 30 s. Replica A writes, but
/// its relay and listener are stopped: what it commits can reach the consumer promptly only
/// through replica B's relay, woken by the NOTIFY of A's commit.
/// </summary>
public sealed class OutboxNotifyFixture : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Messaging:OutboxPollInterval"] = OutboxDeliveryFixture.PollInterval.ToString(),
    };

    private TestVirtualHost? _virtualHost;
    private TestDatabase? _consumerDatabase;

    public TestDatabase ProducerDatabase { get; private set; } = null!;

    public TestService Writer { get; private set; } = null!;

    public TestService Relay { get; private set; } = null!;

    public TestService Consumer { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("outbox-notify");
        ProducerDatabase = await TestDatabase.CreateAsync("notify_producer");
        _consumerDatabase = await TestDatabase.CreateAsync("notify_consumer");
        Consumer = await TestService.StartAsync("consumer", _consumerDatabase.ConnectionString, _virtualHost.AmqpUri, [TestSubscriptions.ThingCreated],
            bus => bus.AddConsumer<ThingCreatedConsumer>(), Settings);
        Writer = await TestService.StartAsync("producer", ProducerDatabase.ConnectionString, _virtualHost.AmqpUri, [TestSubscriptions.ThingCreated], settings: Settings);
        foreach (var service in Writer.Services.GetServices<IHostedService>().Where(service => service is OutboxRelay<TestDbContext> or OutboxListener<TestDbContext>))
        {
            await service.StopAsync(CancellationToken.None);
        }

        Relay = await TestService.StartAsync("producer", ProducerDatabase.ConnectionString, _virtualHost.AmqpUri, [TestSubscriptions.ThingCreated], settings: Settings);
    }

    public async ValueTask DisposeAsync()
    {
        await Relay.DisposeAsync();
        await Writer.DisposeAsync();
        await Consumer.DisposeAsync();
        await ProducerDatabase.DisposeAsync();
        await _consumerDatabase!.DisposeAsync();
        await _virtualHost!.DisposeAsync();
    }
}

public sealed class OutboxNotifyTests(OutboxNotifyFixture fixture) : IClassFixture<OutboxNotifyFixture>
{
    [Fact]
    public async Task A_commit_on_one_replica_wakes_the_relay_of_another()
    {
        using var relayCounters = new MessagingCounters(fixture.Relay);
        await WaitForListenerAsync(previous: null);

        // Several commits in turn: the first could be caught by the relay's start-up round, not the others.
        for (var i = 0; i < 3; i++)
        {
            await CommitAndExpectPromptDeliveryAsync($"notified {i}");
        }

        // The relay counts a publish once the broker confirmed it, which may be after the consumer got it.
        await Wait.UntilAsync(() => relayCounters[MessagingCounters.Published] >= 3, "the relay counted its publishes");
        Assert.Equal(3, relayCounters[MessagingCounters.Published]);
    }

    [Fact]
    public async Task The_relay_listens_again_after_its_connection_is_killed_and_still_publishes_promptly()
    {
        var listener = await WaitForListenerAsync(previous: null);

        await using (var admin = await OpenProducerDatabaseAsync())
        await using (var kill = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", admin))
        {
            kill.Parameters.AddWithValue("pid", listener);
            await kill.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var relistened = await WaitForListenerAsync(previous: listener);
        TestContext.Current.SendDiagnosticMessage($"Listening again as backend {relistened} after backend {listener} was terminated");
        await CommitAndExpectPromptDeliveryAsync("after the listener was killed");
    }

    /// <summary>
    /// Rows committed while the replica's own relay accepts them are claimed for it in their transaction
    /// and handed over in memory: no other replica is woken for them. A replica whose relay is not
    /// running (here, stopped) leaves its rows to any relay and wakes them all.
    /// </summary>
    [Fact]
    public async Task Only_rows_the_committing_replica_cannot_take_itself_wake_the_other_replicas()
    {
        await using var notifications = await CommitNotifications.ListenAsync(await OpenProducerDatabaseAsync());

        await WaitUntilRelayAcceptsAsync();
        var handed = await fixture.Relay.CreateThingAsync("handed to its own relay");
        await Wait.UntilAsync(() => fixture.Consumer.Deliveries.Of<ThingCreated>(handed.Id).Count == 1,
            "the consumer got the event replica B committed", OutboxDeliveryFixture.Promptly);
        Assert.False(await notifications.WaitAsync(TimeSpan.FromMilliseconds(300)));

        await CommitAndExpectPromptDeliveryAsync("left to any relay");
        Assert.True(await notifications.WaitAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(1, notifications.Count);
    }

    /// <summary>
    /// A relay busy publishing is handed its replica's new rows too, up to a round's worth, rather
    /// than waking every replica to claim them: a burst of commits sends no notification. The burst
    /// is smaller than a round (100), so a stalled relay cannot fill its queue.
    /// </summary>
    [Fact]
    public async Task Rows_committed_while_the_relay_is_busy_are_handed_to_it_too()
    {
        await using var notifications = await CommitNotifications.ListenAsync(await OpenProducerDatabaseAsync());

        await WaitUntilRelayAcceptsAsync();
        var things = new List<Thing>();
        for (var i = 0; i < 90; i++)
        {
            things.Add(await fixture.Relay.CreateThingAsync($"burst {i}"));
        }

        await Wait.UntilAsync(() => things.All(thing => fixture.Consumer.Deliveries.Of<ThingCreated>(thing.Id).Count == 1),
            "the consumer got every event of the burst once", OutboxDeliveryFixture.Promptly);
        Assert.False(await notifications.WaitAsync(TimeSpan.FromMilliseconds(300)));
    }

    /// <summary>
    /// A relay kept busy by its own replica's commits still claims, when notified, the rows another
    /// replica left to all: it does not wait for a round without rows of its own, nor for its poll.
    /// </summary>
    [Fact]
    public async Task A_relay_busy_with_its_own_rows_still_claims_the_rows_another_replica_left()
    {
        await WaitUntilRelayAcceptsAsync();
        var handoff = fixture.Relay.Services.GetRequiredService<OutboxHandoff<TestDbContext>>();
        var heldRows = 0;
        using var stop = new CancellationTokenSource();
        var busy = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var things = new List<Thing>();
            while (!stop.IsCancellationRequested)
            {
                things.Add(await fixture.Relay.CreateThingAsync("keeps replica B busy"));
                if (handoff.HasCommittedRows)
                {
                    Interlocked.Increment(ref heldRows);
                }

                // Paced well below the relay's rate, so that A's rows never queue behind a backlog of B's.
                await Task.Delay(1);
            }

            return things;
        })).ToList();

        try
        {
            for (var i = 0; i < 5; i++)
            {
                await CommitAndExpectPromptDeliveryAsync($"left to any relay while B is busy {i}");
            }
        }
        finally
        {
            await stop.CancelAsync();
        }

        var ownRows = (await Task.WhenAll(busy)).SelectMany(things => things).ToList();
        TestContext.Current.SendDiagnosticMessage($"Replica B committed {ownRows.Count} rows meanwhile; its relay held handed rows after {heldRows} of them");
        await Wait.UntilAsync(() => ownRows.All(thing => fixture.Consumer.Deliveries.Of<ThingCreated>(thing.Id).Count == 1),
            "the consumer got every event of replica B once", OutboxDeliveryFixture.Promptly);
    }

    /// <summary>A relay takes one round's rows at a time: those beyond it are left to every replica, not queued for one.</summary>
    [Fact]
    public async Task A_transaction_of_more_rows_than_a_round_takes_wakes_every_replica_for_the_rest()
    {
        await using var notifications = await CommitNotifications.ListenAsync(await OpenProducerDatabaseAsync());
        var thingIds = Enumerable.Range(0, 150).Select(_ => Guid.NewGuid()).ToList();

        await WaitUntilRelayAcceptsAsync();
        await fixture.Relay.WithDbContextAsync(async dbContext =>
        {
            foreach (var thingId in thingIds)
            {
                dbContext.AddIntegrationEvent(new ThingCreated(thingId, "one of many", DateTimeOffset.UtcNow));
            }

            await dbContext.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        Assert.True(await notifications.WaitAsync(TimeSpan.FromSeconds(5)));
        await Wait.UntilAsync(() => thingIds.All(id => fixture.Consumer.Deliveries.Of<ThingCreated>(id).Count == 1),
            "the consumer got every event once", OutboxDeliveryFixture.Promptly);
    }

    private Task WaitUntilRelayAcceptsAsync()
    {
        var handoff = fixture.Relay.Services.GetRequiredService<OutboxHandoff<TestDbContext>>();
        return Wait.UntilAsync(() => handoff.Accepting, "replica B's relay accepts rows");
    }

    private async Task CommitAndExpectPromptDeliveryAsync(string name)
    {
        var thing = await fixture.Writer.CreateThingAsync(name);
        var latency = await Wait.UntilAsync(() => fixture.Consumer.Deliveries.Of<ThingCreated>(thing.Id).Count == 1,
            $"the consumer got '{name}'", OutboxDeliveryFixture.Promptly);
        TestContext.Current.SendDiagnosticMessage($"'{name}': commit on replica A to consumer through replica B's relay in {latency.TotalMilliseconds:0} ms");
    }

    /// <summary>The backend of the (only running) listener, once it has issued its LISTEN; another one than <paramref name="previous"/>.</summary>
    private async Task<int> WaitForListenerAsync(int? previous)
    {
        int? pid = null;
        await Wait.UntilAsync(async () =>
        {
            await using var connection = await OpenProducerDatabaseAsync();
            await using var query = new NpgsqlCommand(
                """
                SELECT pid FROM pg_stat_activity
                WHERE datname = current_database() AND application_name = @name AND query LIKE 'LISTEN %'
                """, connection);
            query.Parameters.AddWithValue("name", OutboxListener<TestDbContext>.ApplicationName);
            pid = (int?)await query.ExecuteScalarAsync();
            return pid is not null && pid != previous;
        }, "the relay's connection listens");
        return pid!.Value;
    }

    private async Task<NpgsqlConnection> OpenProducerDatabaseAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(fixture.ProducerDatabase.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    /// <summary>The outbox's commit notifications, heard on a connection of the test's own.</summary>
    private sealed class CommitNotifications : IAsyncDisposable
    {
        private readonly NpgsqlConnection _connection;
        private int _count;

        private CommitNotifications(NpgsqlConnection connection)
        {
            _connection = connection;
            _connection.Notification += (_, _) => Interlocked.Increment(ref _count);
        }

        public int Count => Volatile.Read(ref _count);

        public static async Task<CommitNotifications> ListenAsync(NpgsqlConnection connection)
        {
            var notifications = new CommitNotifications(connection);
            await using var listen = new NpgsqlCommand("LISTEN outbox_messages", connection);
            await listen.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            return notifications;
        }

        /// <summary>True once a notification has arrived, waiting up to <paramref name="timeout"/> for the first.</summary>
        public async Task<bool> WaitAsync(TimeSpan timeout) =>
            Count > 0 || await _connection.WaitAsync(timeout, TestContext.Current.CancellationToken) || Count > 0;

        public ValueTask DisposeAsync() => _connection.DisposeAsync();
    }
}
