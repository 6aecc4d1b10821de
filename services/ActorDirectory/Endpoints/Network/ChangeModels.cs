using ActorDirectory.Domain.Changes;

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

/// <param name="NextCursor">Always set, even on an empty page: poll again with it to receive only what comes next.</param>
/// <param name="HasMore">True when further changes are already available: ask again at once. With a
/// <c>types</c> filter a page can hold fewer items than the limit, even none, while more follow: each
/// page reads a bounded run of the feed and filters it, so the cursor always moves past other types.</param>
public sealed record ChangePage(IReadOnlyList<ChangeItem> Items, string NextCursor, bool HasMore);
