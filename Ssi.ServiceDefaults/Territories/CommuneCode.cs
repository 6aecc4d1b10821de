using System.Text.RegularExpressions;

namespace Ssi.ServiceDefaults.Territories;

/// <summary>INSEE COG code of a commune: department (two digits, 2A/2B, or 97x overseas) then the commune number.</summary>
public static partial class CommuneCode
{
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    public static string DepartmentOf(string communeCode) =>
        communeCode.StartsWith("97", StringComparison.Ordinal) ? communeCode[..3] : communeCode[..2];

    [GeneratedRegex("^(?:[0-9]{2}|2[AB])[0-9]{3}$")]
    private static partial Regex Pattern();
}
