using EventsCalendar.Data;
using EventsCalendar.Domain;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Venues;
using Microsoft.EntityFrameworkCore;

namespace EventsCalendar.Feeds;

/// <summary>An event with its organiser and venue, as the exports and feeds write it; <paramref name="Page"/> is its address.</summary>
public sealed record PublishedEvent(CalendarEvent Event, Organiser? Organiser, Venue? Venue, Uri Page)
{
    /// <summary>Loads the organisers and venues of <paramref name="events"/> at once.</summary>
    public static async Task<List<PublishedEvent>> LoadAsync(IReadOnlyList<CalendarEvent> events, CalendarDbContext db, Func<Guid, Uri> page,
        CancellationToken cancellationToken)
    {
        var actorIds = events.Select(e => e.OrganiserId).Distinct().ToList();
        var organisers = await db.Organisers.AsNoTracking().Where(o => actorIds.Contains(o.ActorId)).ToDictionaryAsync(o => o.ActorId, cancellationToken);
        var venueIds = events.Where(e => e.VenueId is not null).Select(e => e.VenueId!.Value).Distinct().ToList();
        var venues = await db.Venues.AsNoTracking().Where(v => venueIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        return events.Select(e => new PublishedEvent(e, organisers.GetValueOrDefault(e.OrganiserId),
            e.VenueId is { } venueId ? venues.GetValueOrDefault(venueId) : null, page(e.Id))).ToList();
    }

    public IEnumerable<EventSlot> ActiveSlots => Event.Slots.Where(slot => !slot.IsCancelled).OrderBy(slot => slot.StartsAt);

    public string? Place => Venue is null ? Event.OnlineUrl : $"{Venue.Name}, {Venue.Address}{(Venue.PostalCode is null ? "" : $", {Venue.PostalCode}")}";
}
