using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Endpoints.Network;

/// <summary>
/// A territory named as the API spells it, <c>kind:code</c>: <c>commune:64129</c>,
/// <c>epci:200067254</c>, <c>department:64</c>, <c>region:75</c>. Served areas are stored the same way.
/// </summary>
public sealed partial record TerritoryReference(TerritoryKind Kind, string Code)
{
    public const string Format = "kind:code, e.g. commune:64129, epci:200067254, department:64 or region:75";

    public static bool TryParse(string? text, [NotNullWhen(true)] out TerritoryReference? reference)
    {
        reference = null;
        var separator = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (separator < 0 || !ApiEnum<TerritoryKind>.TryParse(text![..separator], out var kind))
        {
            return false;
        }

        var code = text[(separator + 1)..].ToUpperInvariant();
        var valid = kind switch
        {
            TerritoryKind.Commune => CommunePattern().IsMatch(code),
            TerritoryKind.Epci => EpciPattern().IsMatch(code),
            TerritoryKind.Department => DepartmentPattern().IsMatch(code),
            _ => RegionPattern().IsMatch(code),
        };
        reference = valid ? new TerritoryReference(kind, code) : null;
        return valid;
    }

    public override string ToString() => $"{ApiEnum<TerritoryKind>.NameOf(Kind)}:{Code}";

    [GeneratedRegex("^(?:[0-9]{2}|2[AB])[0-9]{3}$")]
    private static partial Regex CommunePattern();

    /// <summary>An EPCI is identified by its SIREN.</summary>
    [GeneratedRegex("^[0-9]{9}$")]
    private static partial Regex EpciPattern();

    [GeneratedRegex("^(?:[0-9]{2}|2[AB]|97[1-8])$")]
    private static partial Regex DepartmentPattern();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex RegionPattern();
}
