using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Publishing;

namespace ActorDirectory.Domain.Changes;

/// <summary>
/// One line of the changes feed networks follow to keep an exact copy of the directory. Written
/// in the same transaction as the change itself.
/// </summary>
public sealed class ChangeRecord : IChangeRecord
{
    private ChangeRecord()
    {
    }

    public ChangeRecord(string entityType, Guid entityId, ChangeKind kind, DateTimeOffset occurredAt)
    {
        EntityType = entityType;
        EntityId = entityId;
        Kind = kind;
        OccurredAt = occurredAt;
    }

    public long Sequence { get; private set; }

    /// <summary><c>actor</c>, <c>contact</c>, <c>offer</c>, <c>collective</c> or <c>sponsorship</c>.</summary>
    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    /// <summary>For a contact, offer or membership: the actor it belongs to.</summary>
    public Guid? ActorId { get; set; }

    public ChangeKind Kind { get; private set; }

    /// <summary>
    /// For a contact: the widest visibility it had before or after the change, so that every
    /// reader who could see it hears of the change (and finds it gone when it narrowed), and no
    /// one else learns that it exists.
    /// </summary>
    public ContactVisibility? Visibility { get; set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public ulong TransactionId { get; private set; }
}
