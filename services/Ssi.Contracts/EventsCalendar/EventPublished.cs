namespace Ssi.Contracts.EventsCalendar;

/// <summary>An event of the week was published on the calendar and is now public.</summary>
/// <param name="TerritoryCode">INSEE code of the commune where the event takes place.</param>
/// <param name="Venue">The venue's name and address, for readers.</param>
/// <param name="StartsAt">The first slot's start.</param>
/// <param name="EndsAt">The last slot's end.</param>
/// <param name="Details">Everything else a consumer may show; absent from messages sent before it existed.</param>
public sealed record EventPublished(
    Guid EventId,
    Guid OrganiserId,
    string OrganiserName,
    string Title,
    string TerritoryCode,
    string? Venue,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset OccurredAt,
    EventDetails? Details = null) : IIntegrationEvent;
