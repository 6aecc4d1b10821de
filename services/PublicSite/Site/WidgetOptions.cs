using System.Globalization;
using System.Text.RegularExpressions;

namespace PublicSite.Site;

/// <summary>
/// How a city website shows the programme widget: its own accent colour (<c>couleur</c>, six hex
/// digits, with or without "#") on top of the programme's filters.
/// </summary>
public static partial class WidgetOptions
{
    public const string DefaultColour = "a1003f";

    /// <returns>The colour as six lower-case hex digits; a malformed one is the visitor's mistake.</returns>
    public static string ReadColour(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return DefaultColour;
        }

        var colour = text.TrimStart('#');
        return HexColour().IsMatch(colour)
            ? colour.ToLowerInvariant()
            : throw new InvalidRequestException("La couleur doit s'écrire avec six chiffres hexadécimaux, par exemple a1003f.");
    }

    /// <summary>Whether white text stays readable on <paramref name="colour"/> (WCAG AA, 4.5:1): otherwise the widget writes in black.</summary>
    public static bool WhiteTextReadableOn(string colour)
    {
        static double Channel(string hex)
        {
            var value = int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        var luminance = (0.2126 * Channel(colour[..2])) + (0.7152 * Channel(colour[2..4])) + (0.0722 * Channel(colour[4..]));
        return 1.05 / (luminance + 0.05) >= 4.5;
    }

    [GeneratedRegex("^[0-9a-fA-F]{6}\\z")]
    private static partial Regex HexColour();
}
