using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Venues;
using Ssi.Contracts.EventsCalendar;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Http;
using Ssi.DirectoryReplica;

namespace EventsCalendar.IntegrationEvents;

/// <summary>The integration events of an event's lifecycle, as the other services receive them.</summary>
internal static class EventMessages
{
    public static EventPublished Published(CalendarEvent e, DirectoryActor organiser, Venue? venue, DateTimeOffset now) =>
        new(e.Id, e.OrganiserId, organiser.Name, e.Title, e.Location.CommuneCode, Describe(venue), e.StartsAt, e.EndsAt, now, Details(e));

    public static EventUpdated Updated(CalendarEvent e, DirectoryActor organiser, Venue? venue, DateTimeOffset now) =>
        new(e.Id, e.OrganiserId, organiser.Name, e.Title, e.Location.CommuneCode, Describe(venue), e.StartsAt, e.EndsAt, Details(e), now);

    /// <summary>Adds the event's publication to the outbox, with its venue.</summary>
    public static async Task AddPublishedAsync(this CalendarDbContext db, CalendarEvent e, DirectoryActor organiser, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.AddIntegrationEvent(Published(e, organiser, await VenueOfAsync(db, e, cancellationToken), now));

    /// <summary>Adds the public event's new state to the outbox, with its venue.</summary>
    public static async Task AddUpdatedAsync(this CalendarDbContext db, CalendarEvent e, DirectoryActor organiser, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.AddIntegrationEvent(Updated(e, organiser, await VenueOfAsync(db, e, cancellationToken), now));

    public static EventCancelled Cancelled(CalendarEvent e, DateTimeOffset now) =>
        new(e.Id, e.OrganiserId, e.Title, e.Location.CommuneCode, e.CancellationReason ?? "", e.StartsAt, now);

    private static ValueTask<Venue?> VenueOfAsync(CalendarDbContext db, CalendarEvent e, CancellationToken cancellationToken) =>
        e.VenueId is { } venueId ? db.Venues.FindAsync([venueId], cancellationToken) : ValueTask.FromResult<Venue?>(null);

    private static string? Describe(Venue? venue) => venue is null ? null : $"{venue.Name}, {venue.Address}";

    private static EventDetails Details(CalendarEvent e) => new(
        e.ProgrammeId, ApiEnum<EventKind>.NameOf(e.Kind), ApiEnum<EventStatus>.NameOf(e.Status), e.Summary, e.VenueId,
        e.Location.EpciCode, e.Location.DepartmentCode, e.Location.RegionCode, e.PartnerIds,
        e.Audiences.Select(ApiEnum<Audience>.NameOf).ToList(), e.Themes,
        e.Slots.OrderBy(slot => slot.StartsAt).Select(slot => new EventSlotTimes(slot.Id, slot.StartsAt, slot.EndsAt, slot.IsCancelled)).ToList(),
        e.Sequence);
}
