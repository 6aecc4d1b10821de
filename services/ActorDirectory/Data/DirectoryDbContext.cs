using ActorDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;

namespace ActorDirectory.Data;

public sealed class DirectoryDbContext(DbContextOptions<DirectoryDbContext> options) : DbContext(options)
{
    public DbSet<Actor> Actors => Set<Actor>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DirectoryDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
