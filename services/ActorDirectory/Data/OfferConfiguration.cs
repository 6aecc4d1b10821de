using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Offers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Data;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.Property(offer => offer.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(offer => offer.Title).HasMaxLength(Offer.TitleMaxLength);
        builder.Property(offer => offer.Description).HasMaxLength(Offer.DescriptionMaxLength);
        builder.Property(offer => offer.Version).IsRowVersion();
        builder.ComplexProperty(offer => offer.Location, TerritoryLocationConfiguration.Configure);
        builder.HasOne<Actor>().WithMany().HasForeignKey(offer => offer.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(offer => offer.Availabilities).WithOne().HasForeignKey(availability => availability.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(offer => new { offer.Kind, offer.Capacity });
        builder.HasIndex(offer => offer.Tags).HasMethod("gin");
    }
}
