using System.Security.Claims;
using ActorDirectory.Domain.Collectives;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Domain.Authorization;

/// <summary>
/// Who may run a collective, and who may handle a membership of it: a coordinator qualifies
/// through any territory containing the collective's commune.
/// </summary>
public static class CollectiveAccess
{
    /// <summary>The coordinator actor's members, a coordinator of the collective's territory, or an admin.</summary>
    public static bool CanManage(ClaimsPrincipal user, Guid coordinatorActorId, TerritoryLocation location) =>
        user.ActsFor(coordinatorActorId) || TerritoryClaims.CanManage(user, location);

    public static bool CanManage(ClaimsPrincipal user, Collective collective) =>
        CanManage(user, collective.CoordinatorActorId, collective.Location);

    /// <summary>Joining, leaving, signing the charter: those who manage the collective, or the member actor itself.</summary>
    public static bool CanHandleMembership(ClaimsPrincipal user, Collective collective, Guid? memberActorId) =>
        CanManage(user, collective) || (memberActorId is { } actorId && user.ActsFor(actorId));
}
