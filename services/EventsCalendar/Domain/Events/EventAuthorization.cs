using System.Security.Claims;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Territories;
using Ssi.DirectoryReplica;

namespace EventsCalendar.Domain.Events;

/// <summary>An organiser's events are managed by its members, by coordinators of a territory containing it, and by admins.</summary>
public static class EventAuthorization
{
    public static bool CanManageEventsOf(ClaimsPrincipal user, DirectoryActor organiser) =>
        user.ActsFor(organiser.ActorId) || TerritoryClaims.CanManage(user, organiser.Location);
}
