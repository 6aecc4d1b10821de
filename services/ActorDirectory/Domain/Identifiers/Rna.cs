using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ActorDirectory.Domain.Identifiers;

/// <summary>
/// The number of an association in the Répertoire national des associations: W then 9
/// characters, the first three naming the registering prefecture (W643001234; Corsica's and
/// overseas prefectures put a letter second, as in W2A…, W9R…). Associations declared before
/// 2009 may still carry their prefecture file number (digits, sometimes a slash and a suffix),
/// which is kept as it is.
/// </summary>
public static partial class Rna
{
    public const int MaxLength = 16;

    public static bool TryParse(string text, [NotNullWhen(true)] out string? rna, [NotNullWhen(false)] out string? error)
    {
        rna = null;
        var compact = IdentifierText.Compact(text).ToUpperInvariant();
        if (compact.StartsWith('W'))
        {
            if (!Current().IsMatch(compact))
            {
                error = $"An RNA number is W followed by 9 characters, digits except the second which may be a letter (e.g. W643001234); '{text}' is not.";
                return false;
            }
        }
        else if (!PrefectureFileNumber().IsMatch(compact))
        {
            error = $"'{text}' is neither an RNA number (W followed by 9 characters, e.g. W643001234) nor an older prefecture file number (digits, optionally '/' and a suffix).";
            return false;
        }

        rna = compact;
        error = null;
        return true;
    }

    [GeneratedRegex("^W[0-9][0-9A-Z][0-9]{7}\\z")]
    private static partial Regex Current();

    [GeneratedRegex("^[0-9]{1,10}(?:/[0-9A-Z]{1,5})?\\z")]
    private static partial Regex PrefectureFileNumber();
}
