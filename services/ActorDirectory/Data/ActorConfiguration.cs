using ActorDirectory.Domain.Actors;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Data;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.Property(actor => actor.Name).HasMaxLength(Actor.NameMaxLength);
        builder.Property(actor => actor.SearchText).HasMaxLength(Actor.NameMaxLength + Actor.DescriptionMaxLength + 1);
        builder.Property(actor => actor.Description).HasMaxLength(Actor.DescriptionMaxLength);
        builder.Property(actor => actor.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(actor => actor.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(actor => actor.Website).HasMaxLength(500);
        builder.Property(actor => actor.PublicEmail).HasMaxLength(254);
        builder.Property(actor => actor.PublicPhone).HasMaxLength(32);
        builder.Property(actor => actor.Siren).HasMaxLength(9);
        builder.Property(actor => actor.Siret).HasMaxLength(14);
        builder.Property(actor => actor.Rna).HasMaxLength(16);
        builder.Property(actor => actor.Version).IsRowVersion();
        builder.ComplexProperty(actor => actor.Location, TerritoryLocationConfiguration.Configure);
        builder.ComplexProperty(actor => actor.Address, address =>
        {
            address.Property(a => a.Street).HasMaxLength(300);
            address.Property(a => a.PostalCode).HasMaxLength(10);
            address.Property(a => a.City).HasMaxLength(200);
        });
        builder.HasMany(actor => actor.Contacts).WithOne().HasForeignKey(contact => contact.ActorId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(actor => actor.Themes).HasMethod("gin");
        builder.HasIndex(actor => actor.Siren).IsUnique().HasFilter("siren IS NOT NULL");
        builder.HasIndex(actor => actor.Rna).IsUnique().HasFilter("rna IS NOT NULL");
        builder.HasIndex(actor => new { actor.Name, actor.Id });
    }
}
