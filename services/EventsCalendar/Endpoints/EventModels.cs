using System.ComponentModel.DataAnnotations;
using EventsCalendar.Domain;
using Ssi.ServiceDefaults.Http;

namespace EventsCalendar.Endpoints;

/// <param name="TerritoryCode">INSEE code of the commune where it takes place; the organiser's commune when omitted.</param>
public sealed record CreateEventRequest(
    [property: Required] Guid? OrganiserId,
    [property: Required, StringLength(CalendarEvent.TitleMaxLength, MinimumLength = 3), VisibleText(3)] string Title,
    [property: StringLength(CalendarEvent.DescriptionMaxLength)] string? Description,
    [property: StringLength(CalendarEvent.VenueMaxLength)] string? Venue,
    string? TerritoryCode,
    [property: Required] DateTimeOffset? StartsAt,
    [property: Required] DateTimeOffset? EndsAt);

public sealed record EventResponse(
    Guid Id,
    Guid OrganiserId,
    string OrganiserName,
    string Title,
    string? Description,
    string? Venue,
    string TerritoryCode,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    EventStatus Status,
    DateTimeOffset? PublishedAt)
{
    public static EventResponse From(CalendarEvent e) =>
        new(e.Id, e.OrganiserId, e.OrganiserName, e.Title, e.Description, e.Venue, e.TerritoryCode, e.StartsAt, e.EndsAt, e.Status, e.PublishedAt);
}

public sealed record OrganiserResponse(Guid ActorId, string Name, string TerritoryCode, bool IsActive)
{
    public static OrganiserResponse From(Organiser organiser) =>
        new(organiser.ActorId, organiser.Name, organiser.Location.CommuneCode, organiser.IsActive);
}
