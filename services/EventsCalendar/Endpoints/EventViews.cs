using EventsCalendar.Data;
using EventsCalendar.Domain.Events;

namespace EventsCalendar.Endpoints;

/// <summary>Events as readers receive them: organiser and partners named as the directory last said, venue in full.</summary>
internal static class EventViews
{
    public static async Task<EventResponse> DescribeAsync(CalendarEvent calendarEvent, CalendarDbContext db, CancellationToken cancellationToken) =>
        (await DescribeAsync([calendarEvent], db, cancellationToken))[0];

    public static async Task<List<EventResponse>> DescribeAsync(IReadOnlyList<CalendarEvent> events, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var references = await EventReferences.LoadAsync(events, db, cancellationToken);
        return events.Select(e => Describe(e, references)).ToList();
    }

    /// <summary>An actor as an event names it; one the directory never announced has no name.</summary>
    public static ActorReference ActorOf(Guid actorId, EventReferences references) =>
        references.Actor(actorId) is { } actor ? new(actorId, actor.Name, actor.IsActive) : new(actorId, "", false);

    private static EventResponse Describe(CalendarEvent e, EventReferences references)
    {
        ActorReference Actor(Guid id) => ActorOf(id, references);
        return new EventResponse(
            e.Id, Actor(e.OrganiserId), e.PartnerIds.Select(Actor).ToList(), [.. references.SupportsOf(e).Select(SupportResponse.From)], e.ProgrammeId, e.Title, e.Summary, e.Description, e.DescriptionHtml,
            e.Kind, e.Audiences, e.MinimumAge, e.MaximumAge, e.Accessibility, e.AttendanceMode, e.OnlineUrl,
            references.VenueOf(e) is { } venue ? VenueResponse.From(venue) : null,
            TerritoryResponse.From(e.Location),
            e.Slots.OrderBy(slot => slot.StartsAt).Select(SlotResponse.From).ToList(), e.Themes, e.IsFree, e.PriceDetails, e.Registration,
            e.ImageUrl, e.ImageAlt, e.Languages, e.Status, e.CancellationReason, e.Moderation, e.RefusalReason, e.ModerationNote, e.ExternalSource, e.ExternalId,
            e.Revision, e.Sequence, e.CreatedAt, e.UpdatedAt, e.PublishedAt);
    }
}
