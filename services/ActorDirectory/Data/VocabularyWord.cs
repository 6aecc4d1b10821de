namespace ActorDirectory.Data;

/// <summary>
/// One distinct word of the directory's search texts, added by the same trigger as
/// <see cref="ActorWords"/>. Some 30,000 words for the whole country: small enough that matching
/// a query word against all of them, typos forgiven, takes a millisecond. Words no actor uses
/// any more stay; they only cost a few alternatives that match nothing.
/// </summary>
public sealed class VocabularyWord
{
    public string Word { get; private set; } = "";
}
