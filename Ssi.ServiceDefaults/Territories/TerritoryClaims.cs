using System.Security.Claims;
using Ssi.ServiceDefaults.Authentication;

namespace Ssi.ServiceDefaults.Territories;

/// <summary>
/// The one reading of a token's <c>territory</c> claims, used by every service: each claim is read
/// by <see cref="TerritoryReference.TryRead"/> and covers every location inside its territory.
/// </summary>
public static class TerritoryClaims
{
    /// <summary>The territories of <paramref name="user"/>'s claims that can be read; malformed claims grant nothing.</summary>
    public static IReadOnlyList<TerritoryReference> Territories(this ClaimsPrincipal user) =>
        [.. user.TerritoryCodes().Select(claim => TerritoryReference.TryRead(claim, out var territory) ? territory : null).OfType<TerritoryReference>()];

    /// <summary>Whether <paramref name="user"/> coordinates a territory containing <paramref name="location"/>.</summary>
    public static bool Coordinates(this ClaimsPrincipal user, TerritoryLocation location) =>
        user.IsInRole(SsiRoles.Coordinator) && user.Covers(location);

    /// <summary>Whether one of <paramref name="user"/>'s territories contains <paramref name="location"/>, whatever the role.</summary>
    public static bool Covers(this ClaimsPrincipal user, TerritoryLocation location) =>
        user.Territories().Any(territory => territory.Contains(location));

    /// <summary>Whether one of <paramref name="user"/>'s territories contains the whole of <paramref name="territory"/> (see <see cref="TerritoryReference.Contains(TerritoryReference)"/>).</summary>
    public static bool Covers(this ClaimsPrincipal user, TerritoryReference territory) =>
        user.Territories().Any(claimed => claimed.Contains(territory));

    /// <summary>An admin, or a coordinator of a territory containing <paramref name="location"/>.</summary>
    public static bool CanManage(ClaimsPrincipal user, TerritoryLocation location) =>
        user.IsAdmin() || user.Coordinates(location);
}
