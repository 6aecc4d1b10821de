using System.Security.Claims;
using ActorDirectory.Domain.Actors;

namespace ActorDirectory.Domain.Authorization;

/// <summary>Who may publish, change and withdraw an actor's offers: whoever may manage the actor.</summary>
public static class OfferAccess
{
    public static bool CanManageOffersOf(ClaimsPrincipal user, Actor actor) => ActorAccess.CanManage(user, actor);
}
