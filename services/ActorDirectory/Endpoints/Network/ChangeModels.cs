using ActorDirectory.Domain.Changes;
using Ssi.ServiceDefaults.Publishing;

namespace ActorDirectory.Endpoints.Network;

/// <summary>
/// One change of the directory. For an actor that was upserted or archived, <paramref name="Actor"/>
/// is its current public profile (it may already reflect later changes: apply it as the state).
/// Erasures and changes of other records carry ids only: fetch them with your own rights, so no
/// non-public personal data ever travels in the feed.
/// </summary>
/// <param name="Cursor">Resumes the feed right after this item.</param>
/// <param name="ActorId">For a contact, offer or membership: the actor it belongs to.</param>
public sealed record ChangeItem(
    string Cursor,
    long Sequence,
    string EntityType,
    Guid EntityId,
    Guid? ActorId,
    ChangeKind Change,
    DateTimeOffset OccurredAt,
    ActorResponse? Actor);
