using System.Text.RegularExpressions;

namespace Ssi.ServiceDefaults.Territories;

/// <summary>INSEE COG code of a commune: department (two digits, 2A/2B, or 97x/98x overseas) then the commune number.</summary>
public static partial class CommuneCode
{
    /// <summary>
    /// Well formed, in a department that exists: 01 to 95 but 20 (Corsica is 2A and 2B), 971 to
    /// 978 and 984 to 989 overseas. 99 is INSEE's code for abroad, and no commune.
    /// </summary>
    public static bool IsValid(string? code) => code is not null && Pattern().IsMatch(code);

    public static string DepartmentOf(string communeCode) =>
        communeCode.StartsWith("97", StringComparison.Ordinal) ? communeCode[..3] : communeCode[..2];

    [GeneratedRegex("^(?:(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|97[1-8][0-9]{2}|98[4-9][0-9]{2})\\z")]
    private static partial Regex Pattern();
}
