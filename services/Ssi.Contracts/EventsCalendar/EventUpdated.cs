namespace Ssi.Contracts.EventsCalendar;

/// <summary>A published event's content changed (new times, place, title...): the message carries it whole.</summary>
public sealed record EventUpdated(
    Guid EventId,
    Guid OrganiserId,
    string OrganiserName,
    string Title,
    string TerritoryCode,
    string? Venue,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    EventDetails Details,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
