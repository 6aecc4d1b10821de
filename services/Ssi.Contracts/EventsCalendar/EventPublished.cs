namespace Ssi.Contracts.EventsCalendar;

/// <summary>An event of the week was published on the calendar and is now public.</summary>
/// <param name="TerritoryCode">INSEE code of the commune where the event takes place.</param>
public sealed record EventPublished(
    Guid EventId,
    Guid OrganiserId,
    string OrganiserName,
    string Title,
    string TerritoryCode,
    string? Venue,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
