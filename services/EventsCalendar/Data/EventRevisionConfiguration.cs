using System.Text.Json;
using EventsCalendar.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.ServiceDefaults.Http;

namespace EventsCalendar.Data;

internal sealed class EventRevisionConfiguration : IEntityTypeConfiguration<EventRevision>
{
    public void Configure(EntityTypeBuilder<EventRevision> builder)
    {
        builder.ToTable("event_revisions");
        builder.HasKey(revision => new { revision.EventId, revision.Number });
        builder.Property(revision => revision.Content)
            .HasColumnType("jsonb")
            .HasConversion(
                content => JsonSerializer.Serialize(content, JsonDefaults.Options),
                json => JsonSerializer.Deserialize<EventContent>(json, JsonDefaults.Options)!);
        builder.Property(revision => revision.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(revision => revision.Author).HasMaxLength(200);
        builder.Property(revision => revision.DecidedBy).HasMaxLength(200);
        builder.Property(revision => revision.Note).HasMaxLength(EventRevision.NoteMaxLength);
        builder.HasOne<CalendarEvent>().WithMany().HasForeignKey(revision => revision.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
