using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Ssi.ServiceDefaults.Http;

namespace Ssi.ServiceDefaults.Territories;

/// <summary>
/// A territory named by its kind and code, written <c>kind:code</c> in query strings:
/// <c>commune:64129</c>, <c>epci:200067254</c>, <c>department:64</c>, <c>region:75</c>.
/// </summary>
/// <remarks>
/// "Within this territory, including everything below it" is one equality on a
/// <see cref="TerritoryLocation"/>: a commune matches its commune code, an EPCI its EPCI code, a
/// department its department code and a region its region code (<see cref="Contains"/>).
/// </remarks>
public sealed partial record TerritoryReference(TerritoryKind Kind, string Code)
{
    /// <summary>What a well-formed reference looks like, for error messages.</summary>
    public const string Expected = "kind:code, with kind one of region, department, epci or commune (e.g. commune:64129, epci:200067254, department:64, region:75)";

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out TerritoryReference? reference)
    {
        reference = null;
        var separator = text?.IndexOf(':') ?? -1;
        if (separator < 0 || !ApiEnum<TerritoryKind>.TryParse(text![..separator], out var kind))
        {
            return false;
        }

        var code = text[(separator + 1)..];
        if (!IsWellFormed(kind, code))
        {
            return false;
        }

        reference = new TerritoryReference(kind, code);
        return true;
    }

    /// <summary>
    /// Reads an explicit reference (<c>region:75</c>, <c>department:64</c>, <c>epci:200067254</c>,
    /// <c>commune:64129</c>) or a bare code by its shape: 5 characters a commune, 9 digits an EPCI's
    /// SIREN, 2 or 3 characters a department. Regions are only ever named explicitly, since their
    /// codes look like departments' (region 75 is Nouvelle-Aquitaine, department 75 is Paris).
    /// </summary>
    public static bool TryRead([NotNullWhen(true)] string? text, [NotNullWhen(true)] out TerritoryReference? reference)
    {
        text = text?.Trim();
        if (TryParse(text, out reference))
        {
            return true;
        }

        var code = text?.ToUpperInvariant();
        TerritoryKind? kind = code switch
        {
            _ when CommuneCode.IsValid(code) => TerritoryKind.Commune,
            _ when IsWellFormed(TerritoryKind.Epci, code) => TerritoryKind.Epci,
            _ when IsWellFormed(TerritoryKind.Department, code) => TerritoryKind.Department,
            _ => null,
        };
        reference = kind is { } known ? new TerritoryReference(known, code!) : null;
        return reference is not null;
    }

    /// <summary>
    /// Whether <paramref name="code"/> has the shape of a code of that kind: a commune's INSEE code
    /// (64129, 2A004, 97502), a department (64, 2A, 974), a region (75, 975) or an EPCI's SIREN.
    /// </summary>
    public static bool IsWellFormed(TerritoryKind kind, [NotNullWhen(true)] string? code) => code is not null && kind switch
    {
        TerritoryKind.Commune => CommuneCode.IsValid(code),
        TerritoryKind.Department => DepartmentCode().IsMatch(code),
        TerritoryKind.Region => RegionCode().IsMatch(code),
        TerritoryKind.Epci => Siren().IsMatch(code),
        _ => false,
    };

    /// <summary>Whether <paramref name="location"/> lies in this territory (or is it).</summary>
    public bool Contains(TerritoryLocation location) => Kind switch
    {
        TerritoryKind.Commune => Same(Code, location.CommuneCode),
        TerritoryKind.Epci => Same(Code, location.EpciCode),
        TerritoryKind.Department => Same(Code, location.DepartmentCode),
        TerritoryKind.Region => Same(Code, location.RegionCode),
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="other"/> is this territory or lies inside it, as far as the codes
    /// tell without the territory reference: a commune's department is in its code and a
    /// department's region is fixed, but which EPCI a commune belongs to is not, so an EPCI contains
    /// only itself here.
    /// </summary>
    public bool Contains(TerritoryReference other)
    {
        if (other.Kind == Kind && string.Equals(other.Code, Code, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var department = other.Kind switch
        {
            TerritoryKind.Commune => CommuneCode.DepartmentOf(other.Code),
            TerritoryKind.Department => other.Code,
            _ => null,
        };
        return (Kind, department) switch
        {
            (TerritoryKind.Department, { } code) => other.Kind == TerritoryKind.Commune && string.Equals(code, Code, StringComparison.OrdinalIgnoreCase),
            (TerritoryKind.Region, { } code) => string.Equals(Regions.OfDepartment(code), Code, StringComparison.Ordinal),
            _ => false,
        };
    }

    public override string ToString() => $"{ApiEnum<TerritoryKind>.NameOf(Kind)}:{Code}";

    private static bool Same(string code, string? located) =>
        located is not null && string.Equals(code, located, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^(?:[0-9]{2,3}|2[AB])\\z")]
    private static partial Regex DepartmentCode();

    [GeneratedRegex("^[0-9]{2,3}\\z")]
    private static partial Regex RegionCode();

    [GeneratedRegex("^[0-9]{9}\\z")]
    private static partial Regex Siren();
}
