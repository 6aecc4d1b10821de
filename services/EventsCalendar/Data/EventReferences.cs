using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Venues;
using Microsoft.EntityFrameworkCore;
using Ssi.DirectoryReplica;

namespace EventsCalendar.Data;

/// <summary>The actors (organisers and partners) and venues some events name, read in two queries whatever their number.</summary>
public sealed class EventReferences
{
    private readonly Dictionary<Guid, DirectoryActor> _actors;
    private readonly Dictionary<Guid, Venue> _venues;

    private EventReferences(Dictionary<Guid, DirectoryActor> actors, Dictionary<Guid, Venue> venues) => (_actors, _venues) = (actors, venues);

    public static async Task<EventReferences> LoadAsync(IReadOnlyCollection<CalendarEvent> events, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var actorIds = events.SelectMany(e => e.PartnerIds.Append(e.OrganiserId)).Distinct().ToList();
        var venueIds = events.Where(e => e.VenueId is not null).Select(e => e.VenueId!.Value).Distinct().ToList();
        return new EventReferences(
            await db.Organisers.AsNoTracking().Where(actor => actorIds.Contains(actor.ActorId)).ToDictionaryAsync(actor => actor.ActorId, cancellationToken),
            await db.Venues.AsNoTracking().Where(venue => venueIds.Contains(venue.Id)).ToDictionaryAsync(venue => venue.Id, cancellationToken));
    }

    public DirectoryActor? Actor(Guid actorId) => _actors.GetValueOrDefault(actorId);

    public Venue? VenueOf(CalendarEvent calendarEvent) => calendarEvent.VenueId is { } venueId ? _venues.GetValueOrDefault(venueId) : null;
}
