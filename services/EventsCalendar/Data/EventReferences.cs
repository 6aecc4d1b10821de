using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Venues;
using Microsoft.EntityFrameworkCore;
using Ssi.DirectoryReplica;

namespace EventsCalendar.Data;

/// <summary>The actors (organisers and partners), venues and funders some events name, read in three queries whatever their number.</summary>
public sealed class EventReferences
{
    private readonly Dictionary<Guid, DirectoryActor> _actors;
    private readonly Dictionary<Guid, Venue> _venues;
    private readonly ILookup<Guid, EventSupport> _supports;

    private EventReferences(Dictionary<Guid, DirectoryActor> actors, Dictionary<Guid, Venue> venues, ILookup<Guid, EventSupport> supports) =>
        (_actors, _venues, _supports) = (actors, venues, supports);

    public static async Task<EventReferences> LoadAsync(IReadOnlyCollection<CalendarEvent> events, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var actorIds = events.SelectMany(e => e.PartnerIds.Append(e.OrganiserId)).Distinct().ToList();
        var venueIds = events.Where(e => e.VenueId is not null).Select(e => e.VenueId!.Value).Distinct().ToList();
        var eventIds = events.Select(e => e.Id).ToList();
        return new EventReferences(
            await db.Organisers.AsNoTracking().Where(actor => actorIds.Contains(actor.ActorId)).ToDictionaryAsync(actor => actor.ActorId, cancellationToken),
            await db.Venues.AsNoTracking().Where(venue => venueIds.Contains(venue.Id)).ToDictionaryAsync(venue => venue.Id, cancellationToken),
            (await db.Supports.AsNoTracking().Where(support => eventIds.Contains(support.EventId)).OrderBy(support => support.AwardedAt).ToListAsync(cancellationToken))
                .ToLookup(support => support.EventId));
    }

    public DirectoryActor? Actor(Guid actorId) => _actors.GetValueOrDefault(actorId);

    /// <summary>The grants funding the event, oldest first.</summary>
    public IEnumerable<EventSupport> SupportsOf(CalendarEvent calendarEvent) => _supports[calendarEvent.Id];

    public Venue? VenueOf(CalendarEvent calendarEvent) => calendarEvent.VenueId is { } venueId ? _venues.GetValueOrDefault(venueId) : null;
}
