using NpgsqlTypes;

namespace ActorDirectory.Data;

/// <summary>Which actors a search text may find, before anything is scored.</summary>
public abstract record TextCandidates
{
    /// <summary>A word of the text is close to no word of the directory: no actor can match.</summary>
    public sealed record None : TextCandidates;

    /// <summary>The text has only short or grammatical words ("o me le"): it must appear as it is.</summary>
    public sealed record WholeText : TextCandidates;

    /// <summary>The actors holding every word that counts, or one of its alternatives.</summary>
    /// <param name="All">What the index of words answers.</param>
    /// <param name="Proximity">
    /// With two words or more, how close they must stand, checked on the index's candidates only.
    /// A separate condition because the planner prices a query by its lexemes, and this one
    /// names each word twice: alone, it looked dearer than reading every actor.
    /// </param>
    public sealed record Words(NpgsqlTsQuery All, NpgsqlTsQuery? Proximity) : TextCandidates;
}
