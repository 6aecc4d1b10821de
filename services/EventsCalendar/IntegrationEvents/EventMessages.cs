using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Venues;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.EventsCalendar;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Http;
using Ssi.DirectoryReplica;

namespace EventsCalendar.IntegrationEvents;

/// <summary>The integration events of an event's lifecycle, as the other services receive them.</summary>
internal static class EventMessages
{
    public static EventPublished Published(CalendarEvent e, DirectoryActor organiser, Venue? venue, IReadOnlyList<DirectoryActor> partners, DateTimeOffset now) =>
        new(e.Id, e.OrganiserId, organiser.Name, e.Title, e.Location.CommuneCode, Describe(venue), e.StartsAt, e.EndsAt, now, Details(e, venue, partners));

    public static EventUpdated Updated(CalendarEvent e, DirectoryActor organiser, Venue? venue, IReadOnlyList<DirectoryActor> partners, DateTimeOffset now) =>
        new(e.Id, e.OrganiserId, organiser.Name, e.Title, e.Location.CommuneCode, Describe(venue), e.StartsAt, e.EndsAt, Details(e, venue, partners), now);

    /// <summary>Adds the event's publication to the outbox, with its venue and partners.</summary>
    public static async Task AddPublishedAsync(this CalendarDbContext db, CalendarEvent e, DirectoryActor organiser, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.AddIntegrationEvent(Published(e, organiser, await VenueOfAsync(db, e, cancellationToken), await PartnersOfAsync(db, e, cancellationToken), now));

    /// <summary>Adds the public event's new state to the outbox, with its venue and partners.</summary>
    public static async Task AddUpdatedAsync(this CalendarDbContext db, CalendarEvent e, DirectoryActor organiser, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.AddIntegrationEvent(Updated(e, organiser, await VenueOfAsync(db, e, cancellationToken), await PartnersOfAsync(db, e, cancellationToken), now));

    public static EventCancelled Cancelled(CalendarEvent e, DateTimeOffset now) =>
        new(e.Id, e.OrganiserId, e.Title, e.Location.CommuneCode, e.CancellationReason ?? "", e.StartsAt, now);

    private static ValueTask<Venue?> VenueOfAsync(CalendarDbContext db, CalendarEvent e, CancellationToken cancellationToken) =>
        e.VenueId is { } venueId ? db.Venues.FindAsync([venueId], cancellationToken) : ValueTask.FromResult<Venue?>(null);

    /// <summary>The partners the directory knows, in the order the organiser listed them.</summary>
    private static async Task<IReadOnlyList<DirectoryActor>> PartnersOfAsync(CalendarDbContext db, CalendarEvent e, CancellationToken cancellationToken)
    {
        var partnerIds = e.PartnerIds.ToList();
        var partners = await db.Organisers.AsNoTracking().Where(actor => partnerIds.Contains(actor.ActorId)).ToListAsync(cancellationToken);
        return [.. partners.OrderBy(actor => partnerIds.IndexOf(actor.ActorId))];
    }

    private static string? Describe(Venue? venue) => venue is null ? null : $"{venue.Name}, {venue.Address}";

    private static EventDetails Details(CalendarEvent e, Venue? venue, IReadOnlyList<DirectoryActor> partners) => new(
        e.ProgrammeId, ApiEnum<EventKind>.NameOf(e.Kind), ApiEnum<EventStatus>.NameOf(e.Status), e.Summary, e.VenueId,
        e.Location.EpciCode, e.Location.DepartmentCode, e.Location.RegionCode, e.PartnerIds,
        e.Audiences.Select(ApiEnum<Audience>.NameOf).ToList(), e.Themes,
        e.Slots.OrderBy(slot => slot.StartsAt).Select(slot => new EventSlotTimes(slot.Id, slot.StartsAt, slot.EndsAt, slot.IsCancelled)).ToList(),
        e.Sequence,
        e.Accessibility.Select(ApiEnum<Accessibility>.NameOf).ToList(),
        venue is null ? null : new EventPlace(venue.Name, venue.Address, venue.PostalCode),
        partners.Select(actor => new EventPartner(actor.ActorId, actor.Name)).ToList());
}
