using EventsCalendar.Data;
using EventsCalendar.Domain;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Venues;
using Microsoft.EntityFrameworkCore;

namespace EventsCalendar.Endpoints;

/// <summary>Events as readers receive them: organiser and partners named as the directory last said, venue in full.</summary>
internal static class EventViews
{
    public static async Task<EventResponse> DescribeAsync(CalendarEvent calendarEvent, CalendarDbContext db, CancellationToken cancellationToken) =>
        (await DescribeAsync([calendarEvent], db, cancellationToken))[0];

    public static async Task<List<EventResponse>> DescribeAsync(IReadOnlyList<CalendarEvent> events, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var actorIds = events.SelectMany(e => e.PartnerIds.Append(e.OrganiserId)).Distinct().ToList();
        var actors = await db.Organisers.AsNoTracking().Where(actor => actorIds.Contains(actor.ActorId)).ToDictionaryAsync(actor => actor.ActorId, cancellationToken);
        var venueIds = events.Where(e => e.VenueId is not null).Select(e => e.VenueId!.Value).Distinct().ToList();
        var venues = await db.Venues.AsNoTracking().Where(venue => venueIds.Contains(venue.Id)).ToDictionaryAsync(venue => venue.Id, cancellationToken);
        return events.Select(e => Describe(e, actors, venues)).ToList();
    }

    private static EventResponse Describe(CalendarEvent e, Dictionary<Guid, Organiser> actors, Dictionary<Guid, Venue> venues)
    {
        ActorReference Actor(Guid id) => actors.TryGetValue(id, out var actor) ? new(id, actor.Name, actor.IsActive) : new(id, "", false);
        return new EventResponse(
            e.Id, Actor(e.OrganiserId), e.PartnerIds.Select(Actor).ToList(), e.ProgrammeId, e.Title, e.Summary, e.Description, e.DescriptionHtml,
            e.Kind, e.Audiences, e.MinimumAge, e.MaximumAge, e.Accessibility, e.AttendanceMode, e.OnlineUrl,
            e.VenueId is { } venueId && venues.TryGetValue(venueId, out var venue) ? VenueResponse.From(venue) : null,
            TerritoryResponse.From(e.Location),
            e.Slots.OrderBy(slot => slot.StartsAt).Select(SlotResponse.From).ToList(), e.Themes, e.IsFree, e.PriceDetails, e.Registration,
            e.ImageUrl, e.ImageAlt, e.Languages, e.Status, e.CancellationReason, e.Moderation, e.RefusalReason, e.ModerationNote, e.ExternalSource, e.ExternalId,
            e.Revision, e.Sequence, e.CreatedAt, e.UpdatedAt, e.PublishedAt);
    }
}
