using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;

namespace Ssi.DirectoryReplica;

public static class DirectoryActorConfiguration
{
    public const string Table = "directory_actors";

    /// <summary>Maps <see cref="DirectoryActor"/> to <c>directory_actors</c>.</summary>
    public static ModelBuilder AddDirectoryActors(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DirectoryActor>(actor =>
        {
            actor.ToTable(Table);
            actor.HasKey(a => a.ActorId);
            actor.Property(a => a.ActorId).ValueGeneratedNever();
            actor.Property(a => a.Name).HasMaxLength(200);
            actor.Property(a => a.Kind).HasMaxLength(60);
            actor.Property(a => a.Siret).HasMaxLength(14);
            actor.Property(a => a.Rna).HasMaxLength(10);
            actor.Property(a => a.PublicEmail).HasMaxLength(254);
            actor.Property(a => a.Themes).HasDefaultValueSql("'{}'::text[]");
            actor.ComplexProperty(a => a.Location, TerritoryLocationConfiguration.Configure);
        });
        return modelBuilder;
    }
}
