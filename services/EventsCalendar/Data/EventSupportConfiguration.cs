using EventsCalendar.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventsCalendar.Data;

internal sealed class EventSupportConfiguration : IEntityTypeConfiguration<EventSupport>
{
    public void Configure(EntityTypeBuilder<EventSupport> builder)
    {
        builder.ToTable("event_supports");
        builder.HasKey(support => new { support.EventId, support.GrantId });
        builder.Property(support => support.FunderName).HasMaxLength(200);
        builder.Property(support => support.DeliberationNumber).HasMaxLength(20);
        builder.HasOne<CalendarEvent>().WithMany().HasForeignKey(support => support.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
