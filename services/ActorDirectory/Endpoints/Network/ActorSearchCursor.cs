using System.Globalization;
using ActorDirectory.Data;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Endpoints.Network;

/// <summary>
/// The opaque cursor of a search page: the filters' fingerprint, then the position of the page's
/// last actor (its name, or its relevance when the search has a text, and its id).
/// </summary>
public static class ActorSearchCursor
{
    private const string ByName = "n";
    private const string ByRank = "r";

    public static string Encode(ActorSearchFilter filter, ActorSearchPosition position) =>
        position.Rank is { } rank
            ? PageCursor.Encode(filter.Fingerprint(), ByRank, rank.ToString("R", CultureInfo.InvariantCulture), position.Id.ToString())
            : PageCursor.Encode(filter.Fingerprint(), ByName, position.Name!, position.Id.ToString());

    /// <returns>False when the cursor is not one a search with these very filters issued.</returns>
    public static bool TryDecode(string cursor, ActorSearchFilter filter, out ActorSearchPosition position)
    {
        position = null!;
        if (!PageCursor.TryDecode(cursor, 4, out var keys) || keys[0] != filter.Fingerprint() || !Guid.TryParse(keys[3], out var id))
        {
            return false;
        }

        switch (keys[1])
        {
            case ByName when filter.Text is null:
                position = new ActorSearchPosition(id, keys[2], null);
                return true;
            case ByRank when filter.Text is not null && double.TryParse(keys[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var rank):
                position = new ActorSearchPosition(id, null, rank);
                return true;
            default:
                return false;
        }
    }
}
