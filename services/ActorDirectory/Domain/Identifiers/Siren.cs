using System.Diagnostics.CodeAnalysis;

namespace ActorDirectory.Domain.Identifiers;

/// <summary>
/// SIREN, INSEE's number of a legal unit (a commune, an employing association, a company):
/// 9 digits, the last one a Luhn check digit.
/// </summary>
public static class Siren
{
    public const int Length = 9;

    /// <summary>La Poste, whose establishments break the SIRET check digit rule (see <see cref="Siret"/>).</summary>
    public const string LaPoste = "356000000";

    /// <param name="text">The number as typed; spaces between digit groups are allowed.</param>
    /// <param name="siren">The 9 digits, without spaces.</param>
    /// <param name="error">Why <paramref name="text"/> is not a SIREN, for the caller's validation problem.</param>
    public static bool TryParse(string text, [NotNullWhen(true)] out string? siren, [NotNullWhen(false)] out string? error)
    {
        siren = null;
        var compact = IdentifierText.Compact(text);
        if (!IdentifierText.IsDigits(compact))
        {
            error = $"A SIREN has {Length} digits only; '{text}' has other characters.";
            return false;
        }

        if (compact.Length != Length)
        {
            error = $"A SIREN has {Length} digits; '{text}' has {compact.Length}.";
            return false;
        }

        if (compact.All(digit => digit == '0'))
        {
            error = "000000000 is no SIREN (it passes the Luhn check, but INSEE never assigns it).";
            return false;
        }

        if (!Luhn.IsValid(compact))
        {
            error = $"The Luhn check digit of SIREN {compact} is wrong (a mistyped digit?).";
            return false;
        }

        siren = compact;
        error = null;
        return true;
    }
}
