using System.Security.Claims;
using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Territories;
using Ssi.DirectoryReplica;

namespace EventsCalendar.Endpoints;

/// <summary>
/// An event with who may do what to it: its organiser's members (and the coordinators of a
/// territory containing the organiser) manage it, its programme's coordinators (without a
/// programme, its territory's) moderate it, and
/// anyone else sees it only once published.
/// </summary>
internal sealed record EventAccess(CalendarEvent Event, DirectoryActor Organiser, Programme? Programme, bool CanManage, bool CanModerate)
{
    public bool CanSee => Event.IsPublic || CanManage || CanModerate;

    /// <summary>Whether publishing needs a coordinator: the event's programme is moderated.</summary>
    public bool NeedsModeration => Programme?.RequiresModeration ?? false;

    /// <returns>Null when there is no such event or the user may not even see it (both answer 404).</returns>
    public static async Task<EventAccess?> LoadAsync(Guid id, ClaimsPrincipal user, CalendarDbContext db, bool track, CancellationToken cancellationToken)
    {
        var events = track ? db.Events : db.Events.AsNoTracking();
        var calendarEvent = await events.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (calendarEvent is null || await db.Organisers.FindAsync([calendarEvent.OrganiserId], cancellationToken) is not { } organiser)
        {
            return null;
        }

        var programme = calendarEvent.ProgrammeId is { } programmeId
            ? await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            : null;
        var access = new EventAccess(calendarEvent, organiser, programme, EventAuthorization.CanManageEventsOf(user, organiser),
            programme?.IsCoordinatedBy(user) ?? TerritoryClaims.CanManage(user, calendarEvent.Location));
        return access.CanSee ? access : null;
    }
}
