using EventsCalendar.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.ServiceDefaults.Data;

namespace EventsCalendar.Data;

internal sealed class OrganiserConfiguration : IEntityTypeConfiguration<Organiser>
{
    public void Configure(EntityTypeBuilder<Organiser> builder)
    {
        builder.HasKey(organiser => organiser.ActorId);
        builder.Property(organiser => organiser.ActorId).ValueGeneratedNever();
        builder.Property(organiser => organiser.Name).HasMaxLength(200);
        builder.ComplexProperty(organiser => organiser.Location, TerritoryLocationConfiguration.Configure);
    }
}
