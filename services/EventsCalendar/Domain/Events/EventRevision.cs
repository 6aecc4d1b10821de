namespace EventsCalendar.Domain.Events;

/// <summary>
/// One version of an event's content: every applied edit is kept, and an edit to a published
/// event of a moderated programme waits here, pending, until a coordinator approves it.
/// </summary>
public sealed class EventRevision
{
    public const int NoteMaxLength = 1000;

    private EventRevision()
    {
    }

    public EventRevision(Guid eventId, int number, EventContent content, RevisionState state, string author, DateTimeOffset now)
    {
        EventId = eventId;
        Number = number;
        Content = content;
        State = state;
        Author = author;
        CreatedAt = now;
    }

    public Guid EventId { get; private set; }

    public int Number { get; private set; }

    public EventContent Content { get; private set; } = null!;

    public RevisionState State { get; private set; }

    /// <summary>The account (token subject) that wrote it.</summary>
    public string Author { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? Note { get; private set; }

    public void Decide(RevisionState state, string moderator, string? note, DateTimeOffset now)
    {
        State = state;
        DecidedBy = moderator;
        DecidedAt = now;
        Note = note;
    }
}

public enum RevisionState
{
    /// <summary>The content the event showed from this revision on.</summary>
    Applied,

    /// <summary>Waiting for a coordinator; the event shows its previous content meanwhile.</summary>
    Pending,

    Rejected,

    /// <summary>A newer edit replaced it before a coordinator decided.</summary>
    Superseded,
}
