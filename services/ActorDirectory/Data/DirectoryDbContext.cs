using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Changes;
using ActorDirectory.Domain.Collectives;
using ActorDirectory.Domain.Offers;
using ActorDirectory.Domain.Territories;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Publishing;

namespace ActorDirectory.Data;

public sealed class DirectoryDbContext(DbContextOptions<DirectoryDbContext> options) : ChangeFeedDbContext(options)
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

    protected override void RecordChanges() => ChangeRecorder.Record(this);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DirectoryDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
