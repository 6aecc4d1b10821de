using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging.Inbox;
using Ssi.Messaging.Tests.Infrastructure;
using Ssi.Testing;
using Xunit;

namespace Ssi.Messaging.Tests;

/// <summary>A consumer service alone; the tests publish to it directly with its own bus, as a redelivering broker would.</summary>
public sealed class InboxFixture : IAsyncLifetime
{
    public const string ServiceName = "consumer";

    private TestDatabase? _database;

    public TestVirtualHost VirtualHost { get; private set; } = null!;

    public TestService Consumer { get; private set; } = null!;

    public MessagingCounters Counters { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        VirtualHost = await TestVirtualHost.CreateAsync("inbox");
        _database = await TestDatabase.CreateAsync("inbox");
        Consumer = await TestService.StartAsync(ServiceName, _database.ConnectionString, VirtualHost.AmqpUri, [TestSubscriptions.ThingCreated, TestSubscriptions.PoisonPill],
            bus =>
            {
                bus.AddConsumer<ThingCreatedConsumer>();
                bus.AddConsumer<PoisonPillConsumer>();
            },
            new Dictionary<string, string?>
            {
                ["Messaging:ConsumerRetryLimit"] = "2",
                ["Messaging:ConsumerRetryMinInterval"] = "00:00:00.010",
                ["Messaging:ConsumerRetryMaxInterval"] = "00:00:00.050",
                ["Messaging:ConsumerRetryIntervalDelta"] = "00:00:00.010",
                ["Messaging:ConsumerRedeliveryDelays:0"] = "00:00:00.200",
                ["Messaging:ConsumerRedeliveryDelays:1"] = "00:00:00.300",
            });
        Counters = new MessagingCounters(Consumer);
    }

    public async ValueTask DisposeAsync()
    {
        Counters.Dispose();
        await Consumer.DisposeAsync();
        await _database!.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }
}

public sealed class InboxTests(InboxFixture fixture) : IClassFixture<InboxFixture>
{
    private static readonly KebabCaseEndpointNameFormatter EndpointNames = new(InboxFixture.ServiceName, includeNamespace: false);

    private TestService Consumer => fixture.Consumer;

    [Fact]
    public async Task A_redelivered_message_has_its_effect_once()
    {
        var messageId = Guid.NewGuid();
        var thingCreated = new ThingCreated(Guid.NewGuid(), "delivered twice", DateTimeOffset.UtcNow);
        var duplicatesBefore = fixture.Counters[MessagingCounters.Duplicates];

        await Consumer.Bus.Publish(thingCreated, context => context.MessageId = messageId, TestContext.Current.CancellationToken);
        await Consumer.Bus.Publish(thingCreated, context => context.MessageId = messageId, TestContext.Current.CancellationToken);

        await Wait.UntilAsync(() => fixture.Counters[MessagingCounters.Duplicates] == duplicatesBefore + 1, "the inbox saw the duplicate");
        Assert.Single(Consumer.Deliveries.Of<ThingCreated>(thingCreated.ThingId));
        Assert.Contains(fixture.Counters.Measurements(MessagingCounters.Consumed), tags =>
            tags["messaging.message.type"] == nameof(ThingCreated) && tags["messaging.consumer.group.name"] == EndpointNames.Consumer<ThingCreatedConsumer>());
        var (receipts, inboxRows) = await Consumer.WithDbContextAsync(async dbContext => (
            await dbContext.Receipts.CountAsync(receipt => receipt.ThingId == thingCreated.ThingId),
            await dbContext.Set<InboxMessage>().CountAsync(message => message.MessageId == messageId)));
        Assert.Equal(1, receipts);
        Assert.Equal(1, inboxRows);

        // Acknowledged, not parked as "consumed by nobody".
        var queue = EndpointNames.Consumer<ThingCreatedConsumer>();
        Assert.False(await Broker.QueueExistsAsync(fixture.VirtualHost.AmqpUri, $"{queue}_skipped"));
    }

    [Fact]
    public async Task A_message_whose_consumer_keeps_failing_ends_in_the_error_queue_after_its_redeliveries_with_its_exception_and_no_effect()
    {
        var poisonPill = new PoisonPill(Guid.NewGuid(), DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        var errorQueue = $"{EndpointNames.Consumer<PoisonPillConsumer>()}_error";

        await Consumer.Bus.Publish(poisonPill, context => context.MessageId = messageId, TestContext.Current.CancellationToken);

        RabbitMQ.Client.BasicGetResult? faulted = null;
        await Wait.UntilAsync(async () => (faulted = await Broker.TakeAsync(fixture.VirtualHost.AmqpUri, errorQueue)) is not null,
            "the message reached the error queue");
        Assert.Equal(messageId.ToString(), faulted!.BasicProperties.MessageId);
        Assert.Equal(typeof(InvalidOperationException).FullName, faulted.Header("MT-Fault-ExceptionType"));
        Assert.Contains("cannot be digested", faulted.Header("MT-Fault-Message"));

        // (1 attempt + 2 immediate retries) × (the first delivery + 2 delayed redeliveries).
        Assert.Equal((1 + 2) * (1 + 2), Consumer.Deliveries.PoisonAttempts);
        Assert.Equal("2", faulted.Header("ssi-redelivery-attempt"));
        var failures = fixture.Counters.Measurements(MessagingCounters.ConsumerFailures)
            .Where(tags => tags["messaging.message.type"] == nameof(PoisonPill)).ToList();
        Assert.Equal(9, failures.Count);
        Assert.Equal(2, fixture.Counters.Measurements("ssi.messaging.consumer.redeliveries").Count);
        Assert.Single(fixture.Counters.Measurements("ssi.messaging.consumer.error_queued"));
        Assert.All(failures, tags => Assert.Equal(
            (EndpointNames.Consumer<PoisonPillConsumer>(), nameof(InvalidOperationException)),
            (tags["messaging.consumer.group.name"], tags["error.type"])));
        // Each attempt saved a receipt: none survived, so the consumer's SaveChanges ran in the inbox filter's transaction.
        var (receipts, inboxRows) = await Consumer.WithDbContextAsync(async dbContext => (
            await dbContext.Receipts.CountAsync(receipt => receipt.ThingId == poisonPill.ThingId),
            await dbContext.Set<InboxMessage>().CountAsync(message => message.MessageId == messageId)));
        Assert.Equal(0, receipts);
        Assert.Equal(0, inboxRows);
    }
}
