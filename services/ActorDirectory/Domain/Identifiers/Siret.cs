using System.Diagnostics.CodeAnalysis;

namespace ActorDirectory.Domain.Identifiers;

/// <summary>
/// SIRET, INSEE's number of an establishment: the SIREN of its legal unit then a 5-digit NIC,
/// the whole checked with Luhn. La Poste has more establishments than the Luhn numbering leaves
/// room for, so INSEE validates its SIRETs (SIREN 356000000) by a digit sum that is a multiple of
/// 5 instead; its head office, 356 000 000 00048, still passes Luhn.
/// </summary>
public static class Siret
{
    public const int Length = 14;

    public static bool TryParse(string text, [NotNullWhen(true)] out string? siret, [NotNullWhen(false)] out string? error)
    {
        siret = null;
        var compact = IdentifierText.Compact(text);
        if (!IdentifierText.IsDigits(compact))
        {
            error = $"A SIRET has {Length} digits only; '{text}' has other characters.";
            return false;
        }

        if (compact.Length != Length)
        {
            error = $"A SIRET has {Length} digits (the 9 of the SIREN then 5); '{text}' has {compact.Length}.";
            return false;
        }

        if (!Siren.TryParse(compact[..Siren.Length], out _, out var sirenError))
        {
            error = $"The first 9 digits of SIRET {compact} are not a SIREN: {sirenError}";
            return false;
        }

        if (compact.AsSpan(Siren.Length).IndexOfAnyExcept('0') < 0)
        {
            error = $"SIRET {compact} has no establishment number (its last 5 digits are zeros).";
            return false;
        }

        if (!Luhn.IsValid(compact) && !IsLaPosteEstablishment(compact))
        {
            error = compact.StartsWith(Siren.LaPoste, StringComparison.Ordinal)
                ? $"SIRET {compact} is not one of La Poste's: the sum of its digits is not a multiple of 5."
                : $"The Luhn check digit of SIRET {compact} is wrong (a mistyped digit?).";
            return false;
        }

        siret = compact;
        error = null;
        return true;
    }

    public static string SirenOf(string siret) => siret[..Siren.Length];

    private static bool IsLaPosteEstablishment(string siret) =>
        siret.StartsWith(Siren.LaPoste, StringComparison.Ordinal) && siret.Sum(digit => digit - '0') % 5 == 0;
}
