using System.Globalization;
using Ssi.ServiceDefaults.Http;

namespace Ssi.ServiceDefaults.Publishing;

/// <summary>
/// A place in the changes feed: the writing transaction's id and the row's sequence, in that
/// order. The cursor also records which entity types the feed was read for, so a cursor is never
/// replayed over a wider selection (that would silently miss the earlier changes of the new types).
/// </summary>
public sealed record ChangeFeedPosition(ulong TransactionId, long Sequence)
{
    public static readonly ChangeFeedPosition Start = new(0, 0);

    private const string Prefix = "changes";

    public string Encode(string selection) =>
        PageCursor.Encode(Prefix, selection, TransactionId.ToString(CultureInfo.InvariantCulture), Sequence.ToString(CultureInfo.InvariantCulture));

    public static bool TryDecode(string cursor, string selection, out ChangeFeedPosition position)
    {
        position = Start;
        if (!PageCursor.TryDecode(cursor, 4, out var keys)
            || keys[0] != Prefix
            || keys[1] != selection
            || !ulong.TryParse(keys[2], NumberStyles.None, CultureInfo.InvariantCulture, out var transactionId)
            || !long.TryParse(keys[3], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return false;
        }

        position = new ChangeFeedPosition(transactionId, sequence);
        return true;
    }
}
