namespace Ssi.Contracts.EventsCalendar;

/// <summary>An event will not take place; it stays on the calendar marked cancelled. <paramref name="Reason"/> is for its readers, in French.</summary>
public sealed record EventCancelled(
    Guid EventId,
    Guid OrganiserId,
    string Title,
    string TerritoryCode,
    string Reason,
    DateTimeOffset StartsAt,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
