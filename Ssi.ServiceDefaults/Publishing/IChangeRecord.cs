namespace Ssi.ServiceDefaults.Publishing;

/// <summary>A line of a service's changes feed, written in the same transaction as the change it records.</summary>
public interface IChangeRecord
{
    /// <summary>Increasing in insertion order.</summary>
    long Sequence { get; }

    /// <summary>
    /// The writing transaction (<c>pg_current_xact_id()</c>): the feed only serves rows whose
    /// transaction is older than every running one, so a slow commit can never be skipped.
    /// </summary>
    ulong TransactionId { get; }

    string EntityType { get; }

    Guid EntityId { get; }

    ChangeKind Kind { get; }

    DateTimeOffset OccurredAt { get; }
}
