using Microsoft.EntityFrameworkCore;
using Ssi.Messaging.Inbox;
using Ssi.Messaging.Outbox;
using Ssi.Messaging.Tests.Infrastructure;
using Ssi.Testing;
using Xunit;

namespace Ssi.Messaging.Tests;

public sealed class CleanupFixture : IAsyncLifetime
{
    private TestVirtualHost? _virtualHost;
    private TestDatabase? _database;

    public TestService Service { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync("cleanup");
        _database = await TestDatabase.CreateAsync("cleanup");
        Service = await TestService.StartAsync("cleanup", _database.ConnectionString, _virtualHost.AmqpUri, [], settings: new Dictionary<string, string?>
        {
            ["Messaging:CleanupInterval"] = "00:00:00.100",
            ["Messaging:OutboxRetention"] = "01:00:00",
            ["Messaging:InboxRetention"] = "02:00:00",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await _database!.DisposeAsync();
        await _virtualHost!.DisposeAsync();
    }
}

public sealed class CleanupTests(CleanupFixture fixture) : IClassFixture<CleanupFixture>
{
    [Fact]
    public async Task Rows_past_their_retention_are_deleted_and_pending_ones_never()
    {
        var deliveredLongAgo = Guid.NewGuid();
        var deliveredRecently = Guid.NewGuid();
        var pendingLongAgo = Guid.NewGuid();
        var receivedLongAgo = Guid.NewGuid();
        var receivedWithinRetention = Guid.NewGuid();
        await fixture.Service.WithDbContextAsync(async dbContext =>
        {
            var now = DateTimeOffset.UtcNow;
            await InsertOutboxRowAsync(dbContext, deliveredLongAgo, now.AddHours(-3), deliveredAt: now.AddHours(-2));
            await InsertOutboxRowAsync(dbContext, deliveredRecently, now.AddHours(-3), deliveredAt: now.AddMinutes(-30));
            // Still undelivered (due in the future, so the relay leaves it alone during the test).
            await InsertOutboxRowAsync(dbContext, pendingLongAgo, now.AddDays(-30), deliveredAt: null, nextAttemptAt: now.AddHours(1));
            await dbContext.Database.ExecuteSqlAsync(
                $"INSERT INTO inbox_messages (message_id, consumer, received_at) VALUES ({receivedLongAgo}, 'cleanup-test', {now.AddHours(-3)}), ({receivedWithinRetention}, 'cleanup-test', {now.AddHours(-1)})");
        });

        await Wait.UntilAsync(() => fixture.Service.WithDbContextAsync(async dbContext =>
            !await dbContext.Set<OutboxMessage>().AnyAsync(message => message.MessageId == deliveredLongAgo)
            && !await dbContext.Set<InboxMessage>().AnyAsync(message => message.MessageId == receivedLongAgo)), "the cleanup ran");

        var (outbox, inbox) = await fixture.Service.WithDbContextAsync(async dbContext => (
            await dbContext.Set<OutboxMessage>().Select(message => message.MessageId).ToListAsync(),
            await dbContext.Set<InboxMessage>().Select(message => message.MessageId).ToListAsync()));
        Assert.Equal(new[] { deliveredRecently, pendingLongAgo }.Order(), outbox.Order());
        Assert.Equal([receivedWithinRetention], inbox);
    }

    private static Task InsertOutboxRowAsync(
        TestDbContext dbContext, Guid messageId, DateTimeOffset createdAt, DateTimeOffset? deliveredAt, DateTimeOffset? nextAttemptAt = null) =>
        dbContext.Database.ExecuteSqlAsync($"""
            INSERT INTO outbox_messages (message_id, message_type, body, created_at, delivered_at, attempts, next_attempt_at)
            VALUES ({messageId}, 'Ssi.Messaging.Tests.Infrastructure.ThingCreated, Ssi.Messaging.Tests', {"{}"}::jsonb,
                    {createdAt}, {deliveredAt}, {(deliveredAt is null ? 0 : 1)}, {nextAttemptAt ?? createdAt})
            """);
}
