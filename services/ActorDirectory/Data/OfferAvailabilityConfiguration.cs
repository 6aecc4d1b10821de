using ActorDirectory.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActorDirectory.Data;

internal sealed class OfferAvailabilityConfiguration : IEntityTypeConfiguration<OfferAvailability>
{
    public void Configure(EntityTypeBuilder<OfferAvailability> builder)
    {
        builder.ToTable("offer_availabilities");
        builder.HasIndex(availability => new { availability.OfferId, availability.StartsAt, availability.EndsAt });
    }
}
