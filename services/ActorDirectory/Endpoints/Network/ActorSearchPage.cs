namespace ActorDirectory.Endpoints.Network;

/// <summary>One page of a directory search, best matches first when searching text, by name otherwise.</summary>
/// <param name="NextCursor">Pass as <c>cursor</c> with the same filters for the next page; null on the last page.</param>
/// <param name="Total">How many actors match in all; given on the first page only, where it costs one count.</param>
public sealed record ActorSearchPage(IReadOnlyList<ActorResponse> Items, string? NextCursor, int? Total);
