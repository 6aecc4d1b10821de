using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Domain.Actors;

/// <summary>
/// A territory an actor serves, written <c>kind:code</c>: <c>region:75</c>, <c>department:64</c>,
/// <c>epci:200067254</c> (the EPCI's SIREN) or <c>commune:64129</c>.
/// </summary>
public sealed partial record ServedArea(TerritoryKind Kind, string Code)
{
    public const int MaxCount = 50;

    public const string Expected = "kind:code with kind region, department, epci or commune (e.g. department:64, epci:200067254, commune:64129, region:75)";

    public static bool TryParse(string? text, [NotNullWhen(true)] out ServedArea? area)
    {
        area = null;
        var separator = text?.IndexOf(':') ?? -1;
        if (separator < 0 || !ApiEnum<TerritoryKind>.TryParse(text![..separator], out var kind))
        {
            return false;
        }

        var code = text[(separator + 1)..];
        if (!HasShapeOf(kind, code))
        {
            return false;
        }

        area = new ServedArea(kind, code);
        return true;
    }

    /// <summary>Whether <paramref name="code"/> looks like a code of that kind (it may still not exist).</summary>
    public static bool HasShapeOf(TerritoryKind kind, string code) => kind switch
    {
        TerritoryKind.Commune => CommuneCode.IsValid(code),
        TerritoryKind.Department => DepartmentCode().IsMatch(code),
        TerritoryKind.Region => RegionCode().IsMatch(code),
        TerritoryKind.Epci => EpciSiren().IsMatch(code),
        _ => false,
    };

    public override string ToString() => $"{ApiEnum<TerritoryKind>.NameOf(Kind)}:{Code}";

    [GeneratedRegex("^(?:[0-9]{2}|2[AB]|97[0-9])$")]
    private static partial Regex DepartmentCode();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex RegionCode();

    [GeneratedRegex("^[0-9]{9}$")]
    private static partial Regex EpciSiren();
}
