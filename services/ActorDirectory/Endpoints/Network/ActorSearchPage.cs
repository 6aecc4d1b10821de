namespace ActorDirectory.Endpoints.Network;

/// <summary>One page of a directory search, best matches first when searching text, by name otherwise.</summary>
/// <param name="NextCursor">Pass as <c>cursor</c> with the same filters for the next page; null on the last page.</param>
/// <param name="Total">
/// How many actors match, on the first page only (null on later ones), counted up to
/// <see cref="ActorSearchPage.TotalCountLimit"/> so a broad search never pays for counting everything.
/// </param>
/// <param name="TotalIsExact">False when more actors match than were counted: <paramref name="Total"/> then means "at least".</param>
public sealed record ActorSearchPage(IReadOnlyList<ActorResponse> Items, string? NextCursor, int? Total, bool? TotalIsExact)
{
    public const int TotalCountLimit = 10_000;
}
