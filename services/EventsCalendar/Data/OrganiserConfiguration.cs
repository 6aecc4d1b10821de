using EventsCalendar.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace EventsCalendar.Data;

internal sealed class OrganiserConfiguration : IEntityTypeConfiguration<Organiser>
{
    public void Configure(EntityTypeBuilder<Organiser> builder)
    {
        builder.HasKey(organiser => organiser.ActorId);
        builder.Property(organiser => organiser.ActorId).ValueGeneratedNever();
        builder.Property(organiser => organiser.Name).HasMaxLength(200);
        builder.Property(organiser => organiser.TerritoryCode).HasMaxLength(5);
    }
}
