using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Domain.Authorization;

/// <summary>
/// A coordinator's <c>territory</c> claim and the locations it covers. A claim is either an
/// explicit reference (<c>region:75</c>, <c>department:64</c>, <c>epci:200067254</c>,
/// <c>commune:64129</c>) or a bare code read by its shape: 5 characters a commune, 9 digits an
/// EPCI's SIREN, 2 or 3 characters a department. Regions are only ever named explicitly, since
/// their codes look like departments' (region 75 is Nouvelle-Aquitaine, department 75 is Paris).
/// </summary>
public static class TerritoryClaim
{
    public static bool Covers(string claim, ActorLocation location) => Read(claim.Trim()) switch
    {
        (TerritoryKind.Commune, var code) => Same(code, location.CommuneCode),
        (TerritoryKind.Epci, var code) => Same(code, location.EpciCode),
        (TerritoryKind.Department, var code) => Same(code, location.DepartmentCode),
        (TerritoryKind.Region, var code) => Same(code, location.RegionCode),
        _ => false,
    };

    private static (TerritoryKind Kind, string Code)? Read(string claim)
    {
        if (TerritoryReference.TryParse(claim, out var reference))
        {
            return (reference.Kind, reference.Code);
        }

        var code = claim.ToUpperInvariant();
        TerritoryKind? kind = code switch
        {
            _ when CommuneCode.IsValid(code) => TerritoryKind.Commune,
            _ when TerritoryReference.IsWellFormed(TerritoryKind.Epci, code) => TerritoryKind.Epci,
            _ when TerritoryReference.IsWellFormed(TerritoryKind.Department, code) => TerritoryKind.Department,
            _ => null,
        };
        return kind is { } known ? (known, code) : null;
    }

    private static bool Same(string claimed, string? located) =>
        located is not null && string.Equals(claimed, located, StringComparison.OrdinalIgnoreCase);
}
