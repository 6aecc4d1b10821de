using EventsCalendar.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace EventsCalendar.Data;

internal sealed class CalendarEventConfiguration : IEntityTypeConfiguration<CalendarEvent>
{
    public void Configure(EntityTypeBuilder<CalendarEvent> builder)
    {
        builder.ToTable("events");
        builder.Property(calendarEvent => calendarEvent.Title).HasMaxLength(CalendarEvent.TitleMaxLength);
        builder.Property(calendarEvent => calendarEvent.Description).HasMaxLength(CalendarEvent.DescriptionMaxLength);
        builder.Property(calendarEvent => calendarEvent.Venue).HasMaxLength(CalendarEvent.VenueMaxLength);
        builder.Property(calendarEvent => calendarEvent.OrganiserName).HasMaxLength(200);
        builder.Property(calendarEvent => calendarEvent.TerritoryCode).HasMaxLength(5);
        builder.Property(calendarEvent => calendarEvent.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(calendarEvent => calendarEvent.Version).IsRowVersion();
        builder.HasOne<Organiser>().WithMany().HasForeignKey(calendarEvent => calendarEvent.OrganiserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(calendarEvent => new { calendarEvent.TerritoryCode, calendarEvent.StartsAt });
    }
}
