using NpgsqlTypes;

namespace ActorDirectory.Data;

/// <summary>
/// The words of an actor's search text with their positions, one row per actor, written by the
/// database itself whenever an actor's search text is written (trigger <c>actors_words</c>), so
/// that every path that writes actors, the bulk seeder included, keeps text search whole.
/// </summary>
public sealed class ActorWords
{
    public Guid ActorId { get; private set; }

    public NpgsqlTsVector Words { get; private set; } = NpgsqlTsVector.Empty;
}
