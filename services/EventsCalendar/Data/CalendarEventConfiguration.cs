using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Programmes;
using EventsCalendar.Domain.Venues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.ServiceDefaults.Data;
using Ssi.DirectoryReplica;

namespace EventsCalendar.Data;

internal sealed class CalendarEventConfiguration : IEntityTypeConfiguration<CalendarEvent>
{
    public const string OneEventPerExternalIdIndex = "ix_events_organiser_id_external_source_external_id";

    public void Configure(EntityTypeBuilder<CalendarEvent> builder)
    {
        builder.ToTable("events");
        builder.Property(e => e.Title).HasMaxLength(CalendarEvent.TitleMaxLength);
        builder.Property(e => e.Summary).HasMaxLength(CalendarEvent.SummaryMaxLength);
        builder.Property(e => e.Description).HasMaxLength(CalendarEvent.DescriptionMaxLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.AttendanceMode).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Moderation).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(e => e.Audiences).ElementType(element => element.HasConversion<string>());
        builder.PrimitiveCollection(e => e.Accessibility).ElementType(element => element.HasConversion<string>());
        builder.PrimitiveCollection(e => e.PartnerIds);
        builder.PrimitiveCollection(e => e.Themes);
        builder.PrimitiveCollection(e => e.Languages);
        builder.Property(e => e.OnlineUrl).HasMaxLength(CalendarEvent.UrlMaxLength);
        builder.Property(e => e.ImageUrl).HasMaxLength(CalendarEvent.UrlMaxLength);
        builder.Property(e => e.ImageAlt).HasMaxLength(300);
        builder.Property(e => e.PriceDetails).HasMaxLength(300);
        builder.Property(e => e.CancellationReason).HasMaxLength(CalendarEvent.ReasonMaxLength);
        builder.Property(e => e.RefusalReason).HasMaxLength(CalendarEvent.ReasonMaxLength);
        builder.Property(e => e.ExternalSource).HasMaxLength(60);
        builder.Property(e => e.ExternalId).HasMaxLength(CalendarEvent.ExternalIdMaxLength);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasIndex(e => e.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.ComplexProperty(e => e.Location, TerritoryLocationConfiguration.Configure);
        builder.ComplexProperty(e => e.Registration, registration =>
        {
            registration.Property(r => r.Url).HasColumnName("registration_url").HasMaxLength(CalendarEvent.UrlMaxLength);
            registration.Property(r => r.Email).HasColumnName("registration_email").HasMaxLength(254);
            registration.Property(r => r.Phone).HasColumnName("registration_phone").HasMaxLength(32);
            registration.Property(r => r.Capacity).HasColumnName("registration_capacity");
            registration.Property(r => r.ContactId).HasColumnName("registration_contact_id");
        });
        builder.OwnsMany(e => e.Slots, slots =>
        {
            slots.ToTable("event_slots");
            slots.WithOwner().HasForeignKey("event_id");
            slots.HasKey(slot => slot.Id);
            slots.Property(slot => slot.Id).ValueGeneratedNever();
            slots.HasIndex(slot => new { slot.StartsAt, slot.EndsAt });
        });
        builder.Navigation(e => e.Slots).HasField("_slots");

        builder.HasOne<DirectoryActor>().WithMany().HasForeignKey(e => e.OrganiserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Venue>().WithMany().HasForeignKey(e => e.VenueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.OrganiserId, e.ExternalSource, e.ExternalId })
            .IsUnique()
            .HasFilter("external_id IS NOT NULL")
            .HasDatabaseName(OneEventPerExternalIdIndex);
        builder.HasIndex(e => new { e.StartsAt, e.Id });
        builder.HasIndex(e => e.VenueId);
        builder.HasIndex(e => e.ProgrammeId);
    }
}
