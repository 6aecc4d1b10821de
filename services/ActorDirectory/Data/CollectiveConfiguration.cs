using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Collectives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.ServiceDefaults.Data;

namespace ActorDirectory.Data;

internal sealed class CollectiveConfiguration : IEntityTypeConfiguration<Collective>
{
    public void Configure(EntityTypeBuilder<Collective> builder)
    {
        builder.Property(collective => collective.Name).HasMaxLength(Collective.NameMaxLength);
        builder.Property(collective => collective.Description).HasMaxLength(4000);
        builder.ComplexProperty(collective => collective.Location, TerritoryLocationConfiguration.Configure);
        builder.Property(collective => collective.Version).IsRowVersion();
        builder.HasOne<Actor>().WithMany().HasForeignKey(collective => collective.CoordinatorActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(collective => collective.Members).WithOne().HasForeignKey(member => member.CollectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(collective => collective.WorkingGroups).WithOne().HasForeignKey(group => group.CollectiveId).OnDelete(DeleteBehavior.Cascade);
        // EF Core cannot index a complex property: the migrations create (commune_code, edition).
    }
}
