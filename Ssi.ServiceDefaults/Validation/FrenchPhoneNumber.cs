using System.Diagnostics.CodeAnalysis;

namespace Ssi.ServiceDefaults.Validation;

/// <summary>
/// French telephone numbers, stored the way French readers write them: ten digits in pairs
/// (05 59 92 44 44). Accepts them with or without separators, and in international form from
/// metropolitan France (+33) or the overseas departments that share the national plan (+262,
/// +590, +594, +596): +33 5 59 92 44 44 and +262 262 12 34 56 become 05 59 92 44 44 and 02 62 12 34 56.
/// </summary>
public static class FrenchPhoneNumber
{
    public const int MaxLength = 32;

    private static readonly string[] CountryCodes = ["33", "262", "590", "594", "596"];

    public static bool TryNormalize(string text, [NotNullWhen(true)] out string? number)
    {
        number = null;
        var compact = text.Replace("(0)", "", StringComparison.Ordinal);
        compact = string.Concat(compact.Where(character => character is not (' ' or '.' or '-' or '\u00a0')));
        if (compact.StartsWith("00", StringComparison.Ordinal))
        {
            compact = "+" + compact[2..];
        }

        if (compact.StartsWith('+'))
        {
            var country = CountryCodes.FirstOrDefault(code => compact.AsSpan(1).StartsWith(code, StringComparison.Ordinal));
            if (country is null)
            {
                return false;
            }

            // Some keep the trunk zero after the country code: +33 0 5 59...
            var subscriber = compact[(1 + country.Length)..];
            compact = "0" + (subscriber.StartsWith('0') ? subscriber[1..] : subscriber);
        }

        if (compact.Length != 10 || compact[0] != '0' || compact[1] == '0' || !compact.All(char.IsAsciiDigit))
        {
            return false;
        }

        number = string.Join(' ', Enumerable.Range(0, 5).Select(pair => compact.Substring(pair * 2, 2)));
        return true;
    }
}
