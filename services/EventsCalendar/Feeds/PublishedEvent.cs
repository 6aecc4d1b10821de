using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Venues;
using Ssi.DirectoryReplica;

namespace EventsCalendar.Feeds;

/// <summary>An event with its organiser, venue and funders, as the exports and feeds write it; <paramref name="Page"/> is its address.</summary>
public sealed record PublishedEvent(CalendarEvent Event, DirectoryActor? Organiser, Venue? Venue, IReadOnlyList<EventSupport> Supports, Uri Page)
{
    /// <summary>Loads the organisers, venues and funders of <paramref name="events"/> at once.</summary>
    public static async Task<List<PublishedEvent>> LoadAsync(IReadOnlyList<CalendarEvent> events, CalendarDbContext db, Func<Guid, Uri> page,
        CancellationToken cancellationToken)
    {
        var references = await EventReferences.LoadAsync(events, db, cancellationToken);
        return events.Select(e => new PublishedEvent(e, references.Actor(e.OrganiserId), references.VenueOf(e), [.. references.SupportsOf(e)], page(e.Id))).ToList();
    }

    public IEnumerable<EventSlot> ActiveSlots => Event.Slots.Where(slot => !slot.IsCancelled).OrderBy(slot => slot.StartsAt);

    public string? Place => Venue is null ? Event.OnlineUrl : $"{Venue.Name}, {Venue.Address}{(Venue.PostalCode is null ? "" : $", {Venue.PostalCode}")}";
}
