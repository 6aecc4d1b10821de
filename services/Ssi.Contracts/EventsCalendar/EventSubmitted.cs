namespace Ssi.Contracts.EventsCalendar;

/// <summary>
/// An organiser submitted an event that waits for a coordinator: its programme is moderated, or
/// its venue is booked at the same time by another event.
/// </summary>
/// <param name="ProgrammeId">Its programme, whose coordinators decide; without one, the coordinators of its territory.</param>
/// <param name="CompetingEvents">Events of the territory at the same times for a shared audience, of the same kind or theme.</param>
/// <param name="VenueConflicts">Events in its venue at overlapping times.</param>
public sealed record EventSubmitted(
    Guid EventId,
    Guid OrganiserId,
    string Title,
    Guid? ProgrammeId,
    int CompetingEvents,
    int VenueConflicts,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
