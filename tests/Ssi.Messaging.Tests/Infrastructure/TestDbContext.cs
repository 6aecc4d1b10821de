using Microsoft.EntityFrameworkCore;

namespace Ssi.Messaging.Tests.Infrastructure;

/// <summary>A service's DbContext in miniature: one business table, one table of consumer effects, the outbox and inbox.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Thing> Things => Set<Thing>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutboxAndInbox();
}

public sealed record Thing(Guid Id, string Name);

/// <summary>What a consumer did for a message; deliberately not unique, so a consumer run twice shows.</summary>
public sealed record Receipt(Guid ThingId, Guid MessageId)
{
    public long Id { get; init; }
}
