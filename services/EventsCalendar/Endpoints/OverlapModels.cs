using EventsCalendar.Domain.Events;

namespace EventsCalendar.Endpoints;

/// <summary>What an event meets in its territory and its venue at the same times.</summary>
/// <param name="Competing">Events of the same territory at overlapping times for a shared audience, of the same kind or on a shared theme: worth coordinating.</param>
/// <param name="VenueConflicts">Events booked in the same venue at overlapping times: a coordinator accepts the event with a note, or refuses it.</param>
public sealed record OverlapReport(IReadOnlyList<OverlappingEvent> Competing, IReadOnlyList<OverlappingEvent> VenueConflicts)
{
    public static OverlapReport None { get; } = new([], []);
}

public sealed record OverlappingEvent(Guid Id, string Title, ActorReference Organiser, EventKind Kind, ModerationState Moderation, IReadOnlyList<SlotResponse> Slots);

/// <summary>The answer to a submission: the event and what it meets, for its organiser to read now.</summary>
public sealed record SubmissionResponse(EventResponse Event, OverlapReport Overlaps);

/// <param name="ConflictNote">Required to publish an event whose venue is booked at the same time: how the conflict is resolved.</param>
public sealed record PublishRequest(
    [property: System.ComponentModel.DataAnnotations.StringLength(EventRevision.NoteMaxLength), Ssi.ServiceDefaults.Validation.PlainText(singleLine: false)] string? ConflictNote);
