namespace Ssi.Contracts.EventsCalendar;

/// <summary>An organiser submitted an event to a moderated programme; its coordinators decide.</summary>
public sealed record EventSubmitted(
    Guid EventId,
    Guid OrganiserId,
    string Title,
    Guid ProgrammeId,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
