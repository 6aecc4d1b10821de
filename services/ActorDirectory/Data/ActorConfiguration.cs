using ActorDirectory.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace ActorDirectory.Data;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.Property(actor => actor.Name).HasMaxLength(Actor.NameMaxLength);
        builder.Property(actor => actor.Description).HasMaxLength(Actor.DescriptionMaxLength);
        builder.Property(actor => actor.TerritoryCode).HasMaxLength(5);
        builder.Property(actor => actor.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(actor => actor.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(actor => actor.Version).IsRowVersion();
        builder.HasIndex(actor => actor.TerritoryCode);
    }
}
