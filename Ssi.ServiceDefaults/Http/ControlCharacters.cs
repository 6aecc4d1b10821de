namespace Ssi.ServiceDefaults.Http;

/// <summary>
/// Control characters have no place in what the platform stores or matches (PostgreSQL cannot
/// even store NUL), so requests carrying them are refused before anything reads them.
/// </summary>
public static class ControlCharacters
{
    /// <summary>In a URL (path, query): any C0 or C1 control character, or DEL.</summary>
    public static bool AnyInUrl(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (char.IsControl(character))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>In a text field: the same, except the tab and line breaks that multi-line text holds.</summary>
    public static bool AnyInText(ReadOnlySpan<char> text)
    {
        foreach (var character in text)
        {
            if (char.IsControl(character) && character is not ('\t' or '\n' or '\r'))
            {
                return true;
            }
        }

        return false;
    }
}
