using EventsCalendar.Domain.Venues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.ServiceDefaults.Data;

namespace EventsCalendar.Data;

internal sealed class VenueConfiguration : IEntityTypeConfiguration<Venue>
{
    public void Configure(EntityTypeBuilder<Venue> builder)
    {
        builder.ToTable("venues");
        builder.Property(venue => venue.Name).HasMaxLength(Venue.NameMaxLength);
        builder.Property(venue => venue.Address).HasMaxLength(Venue.AddressMaxLength);
        builder.Property(venue => venue.PostalCode).HasMaxLength(5);
        builder.Property(venue => venue.IdentityKey).HasMaxLength(Venue.NameMaxLength + Venue.AddressMaxLength + 10);
        builder.Property(venue => venue.CreatedBy).HasMaxLength(200);
        builder.PrimitiveCollection(venue => venue.Accessibility).ElementType(element => element.HasConversion<string>());
        builder.ComplexProperty(venue => venue.Location, TerritoryLocationConfiguration.Configure);
        builder.HasIndex(venue => venue.IdentityKey).IsUnique();
        builder.HasIndex(venue => new { venue.Name, venue.Id });
    }
}
