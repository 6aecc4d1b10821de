using System.Security.Claims;
using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Endpoints;

/// <summary>Who may publish, change and withdraw an actor's offers.</summary>
public static class OfferAuthorization
{
    /// <summary>The actor's own members, a coordinator of its territory, or an admin.</summary>
    public static bool CanManageOffersOf(ClaimsPrincipal user, Actor actor) =>
        user.ActsFor(actor.Id) || TerritoryAuthorization.CanManage(user, actor.Location.CommuneCode);
}
