namespace Communications.Domain.Audiences;

/// <summary>
/// Actors' contact persons chosen from what the directory publishes. Every given criterion must
/// hold; a list matches when any of its values does.
/// </summary>
/// <param name="Territory">Where the actors are based, with everything below it (<c>department:64</c>).</param>
/// <param name="ActorKinds">The directory's kinds, kebab-case (<c>association</c>, <c>commune</c>).</param>
/// <param name="Themes">The directory's theme slugs.</param>
/// <param name="CollectiveId">Actors that are active members of this collective.</param>
/// <param name="ContactFunctions">Words found in the contact's function, whatever the case (<c>solidarité</c>).</param>
public sealed record Segment(
    string Territory,
    IReadOnlyList<string>? ActorKinds = null,
    IReadOnlyList<string>? Themes = null,
    Guid? CollectiveId = null,
    IReadOnlyList<string>? ContactFunctions = null);
