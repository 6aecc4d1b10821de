using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Changes;
using ActorDirectory.Domain.Collectives;
using ActorDirectory.Domain.Offers;
using ActorDirectory.Domain.Territories;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;

namespace ActorDirectory.Data;

public sealed class DirectoryDbContext(DbContextOptions<DirectoryDbContext> options) : DbContext(options)
{
    public DbSet<Territory> Territories => Set<Territory>();

    public DbSet<Actor> Actors => Set<Actor>();

    public DbSet<ActorWords> ActorWords => Set<ActorWords>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<Collective> Collectives => Set<Collective>();

    public DbSet<CollectiveMember> CollectiveMembers => Set<CollectiveMember>();

    public DbSet<Sponsorship> Sponsorships => Set<Sponsorship>();

    public DbSet<ChangeRecord> Changes => Set<ChangeRecord>();

    /// <summary>Every save records its changes in the feed, in the same transaction.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeRecorder.Record(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeRecorder.Record(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DirectoryDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
