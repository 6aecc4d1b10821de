using System.Security.Claims;
using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Domain.Authorization;

/// <summary>Who may start and end a sponsorship.</summary>
public static class SponsorshipAccess
{
    /// <summary>The mentor's members (the mentor commits to it), a coordinator of either actor's territory, or an admin.</summary>
    public static bool CanArrange(ClaimsPrincipal user, Actor mentor, Actor mentee) =>
        user.IsAdmin()
        || user.ActsFor(mentor.Id)
        || user.Coordinates(mentor.Location)
        || user.Coordinates(mentee.Location);
}
