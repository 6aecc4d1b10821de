using System.Security.Claims;
using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Domain.Authorization;

/// <summary>
/// Who may change an actor. Every check looks at the actor's own location or id, never at the
/// role alone: a coordinator of department 64 cannot touch an actor of Fontenay-sous-Bois (94)
/// even when they know its id.
/// </summary>
public static class ActorAccess
{
    /// <summary>Registering an actor based in <paramref name="location"/>: admins and the coordinators of a territory containing it.</summary>
    public static bool CanRegisterIn(ClaimsPrincipal user, TerritoryLocation location) =>
        user.IsAdmin() || user.Coordinates(location);

    /// <summary>Editing or archiving: admins, the actor's members and the coordinators of its territory.</summary>
    public static bool CanManage(ClaimsPrincipal user, Actor actor) =>
        user.IsAdmin() || user.ActsFor(actor.Id) || user.Coordinates(actor.Location);

    /// <summary>Moving an actor to another commune: its members may, a coordinator only into a territory of theirs.</summary>
    public static bool CanMove(ClaimsPrincipal user, Actor actor, TerritoryLocation destination) =>
        user.IsAdmin() || user.ActsFor(actor.Id) || user.Coordinates(destination);
}
