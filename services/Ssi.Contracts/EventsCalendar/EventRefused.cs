namespace Ssi.Contracts.EventsCalendar;

/// <summary>A coordinator refused an event; <paramref name="Reason"/> is written for its organiser, in French.</summary>
public sealed record EventRefused(
    Guid EventId,
    Guid OrganiserId,
    string Title,
    Guid? ProgrammeId,
    string Reason,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
