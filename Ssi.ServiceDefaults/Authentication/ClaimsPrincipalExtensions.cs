using System.Security.Claims;

namespace Ssi.ServiceDefaults.Authentication;

public static class ClaimsPrincipalExtensions
{
    public static bool IsAdmin(this ClaimsPrincipal user) => user.IsInRole(SsiRoles.Admin);

    public static string? SubjectId(this ClaimsPrincipal user) => user.FindFirstValue(SsiClaimTypes.Subject);

    public static IReadOnlySet<string> TerritoryCodes(this ClaimsPrincipal user) =>
        user.FindAll(SsiClaimTypes.Territory).Select(claim => claim.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlySet<Guid> ActorIds(this ClaimsPrincipal user) =>
        user.FindAll(SsiClaimTypes.Actor)
            .Select(claim => Guid.TryParse(claim.Value, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToHashSet();

    public static bool ActsFor(this ClaimsPrincipal user, Guid actorId) =>
        user.IsInRole(SsiRoles.Member) && user.ActorIds().Contains(actorId);
}
