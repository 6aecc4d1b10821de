using System.Buffers.Text;
using System.Text;

namespace Ssi.ServiceDefaults.Http;

/// <summary>
/// Opaque keyset cursors: the sort key values of the last item of a page, so the next page starts
/// right after it and stays stable while rows are added.
/// </summary>
public static class PageCursor
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    private const char Separator = '\u001f';

    public static string Encode(params string[] keys) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, keys)));

    public static bool TryDecode(string? cursor, int expectedKeys, out string[] keys)
    {
        keys = [];
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 512)
        {
            return false;
        }

        try
        {
            keys = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(Separator);
        }
        catch (FormatException)
        {
            return false;
        }

        return keys.Length == expectedKeys;
    }

    /// <summary>A cursor over a list ordered by id alone: the id of the last item of the previous page.</summary>
    public static bool TryDecodeId(string? cursor, out Guid after)
    {
        after = Guid.Empty;
        return TryDecode(cursor, 1, out var keys) && Guid.TryParse(keys[0], out after);
    }

    /// <summary>Validates a requested page size, or gives the default one.</summary>
    public static bool TryGetLimit(int? requested, out int limit)
    {
        limit = requested ?? DefaultLimit;
        return limit is >= 1 and <= MaxLimit;
    }
}
