using Ssi.ServiceDefaults.Publishing;

namespace EventsCalendar.Domain.Changes;

/// <summary>
/// One line of the calendar's changes feed, which city websites and networks follow to keep a copy
/// of the public calendar. Written in the same transaction as the change itself.
/// </summary>
public sealed class CalendarChange : IChangeRecord
{
    public const string EventType = "event";
    public const string VenueType = "venue";
    public const string ProgrammeType = "programme";

    public static readonly string[] Types = [EventType, VenueType, ProgrammeType];

    private CalendarChange()
    {
    }

    public CalendarChange(string entityType, Guid entityId, ChangeKind kind, DateTimeOffset occurredAt)
    {
        EntityType = entityType;
        EntityId = entityId;
        Kind = kind;
        OccurredAt = occurredAt;
    }

    public long Sequence { get; private set; }

    public ulong TransactionId { get; private set; }

    /// <summary><c>event</c>, <c>venue</c> or <c>programme</c>.</summary>
    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    public ChangeKind Kind { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }
}
