using System.Security.Claims;
using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using EventsCalendar.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.EventsCalendar;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;

namespace EventsCalendar.Endpoints;

/// <summary>
/// The moderation lifecycle: draft → submitted → published or refused, by the programme's
/// coordinators when the programme is moderated or the venue is booked at the same time;
/// cancellation keeps the event visible; edits waiting for a coordinator are approved or rejected here.
/// </summary>
public static class EventModerationEndpoints
{
    /// <summary>
    /// The organiser submits its event, and reads what it meets at the same times: published at
    /// once, or submitted to the coordinators when its programme is moderated or its venue is
    /// already booked then.
    /// </summary>
    public static async Task<Results<Ok<SubmissionResponse>, ProblemHttpResult>> SubmitEvent(
        Guid id, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await EventAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        if (!access.CanManage)
        {
            return Problems.Forbidden($"Only the members of {access.Organiser.Name} submit this event.");
        }

        var now = clock.GetDatabaseNow();
        var overlaps = await OverlapFinder.FindAsync(access.Event, access.Programme, db, cancellationToken);
        if (access.Event.Submit(access.NeedsModeration || overlaps.VenueConflicts.Count > 0, now) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        await AnnounceAsync(access, overlaps, db, now, cancellationToken);
        if (await TrySaveAsync(db, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(new SubmissionResponse(await EventViews.DescribeAsync(access.Event, db, cancellationToken), overlaps));
    }

    /// <summary>What the event meets in its territory and venue at the same times: for its organiser's members and its coordinators.</summary>
    public static async Task<Results<Ok<OverlapReport>, ProblemHttpResult>> ListOverlaps(
        Guid id, HttpContext context, ClaimsPrincipal user, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var access = await EventAccess.LoadAsync(id, user, db, track: false, cancellationToken);
        if (access is not ({ CanManage: true } or { CanModerate: true }))
        {
            return Problems.NotFound($"No event has the id {id}, or its overlaps are not yours to read.");
        }

        context.Response.Headers.CacheControl = HttpCaching.PrivateRevalidate;
        return TypedResults.Ok(await OverlapFinder.FindAsync(access.Event, access.Programme, db, cancellationToken));
    }

    /// <summary>
    /// Publishes a submitted event (a coordinator), or a draft nobody needs to moderate (its
    /// organiser, as <c>submit</c> does). An event whose venue is booked at the same time is
    /// published only with a note saying how the conflict is resolved.
    /// </summary>
    public static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> PublishEvent(
        Guid id, PublishRequest? request, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await EventAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        var waitsForCoordinator = access.NeedsModeration || access.Event.Moderation == ModerationState.Submitted;
        if (waitsForCoordinator ? !access.CanModerate : !access.CanManage && !access.CanModerate)
        {
            return Problems.Forbidden(waitsForCoordinator
                ? $"Only the coordinators of {access.Programme?.Name ?? "its territory"} publish the events submitted to them."
                : $"Only the members of {access.Organiser.Name} publish this event.");
        }

        if (access.NeedsModeration && access.Event.Moderation == ModerationState.Draft)
        {
            return Problems.Conflict("The event is still a draft: its organiser submits it before a coordinator publishes it.");
        }

        var overlaps = await OverlapFinder.FindAsync(access.Event, access.Programme, db, cancellationToken);
        var note = request?.ConflictNote?.Trim() is { Length: > 0 } given ? given : null;
        if (overlaps.VenueConflicts.Count > 0 && (note is null || !access.CanModerate))
        {
            var booked = string.Join("; ", overlaps.VenueConflicts.Select(other => $"{other.Title} ({other.Organiser.Name})"));
            return Problems.Conflict($"The venue is booked at the same time by: {booked}. A coordinator publishes the event with a conflictNote saying how it is resolved, or refuses it.");
        }

        var now = clock.GetDatabaseNow();
        if (access.Event.Publish(now, note) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        await AnnounceAsync(access, overlaps, db, now, cancellationToken);
        return await SaveAsync(access, db, cancellationToken);
    }

    public static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> RefuseEvent(
        Guid id, ReasonRequest request, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await EventAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        if (!access.CanModerate)
        {
            return Problems.Forbidden("Only the coordinators of the event's programme (or territory) refuse it.");
        }

        var now = clock.GetDatabaseNow();
        if (access.Event.Refuse(request.Reason.Trim(), now) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        var e = access.Event;
        db.AddIntegrationEvent(new EventRefused(e.Id, e.OrganiserId, e.Title, e.ProgrammeId, e.RefusalReason!, now));
        return await SaveAsync(access, db, cancellationToken);
    }

    /// <summary>Cancels the event: it stays listed, marked cancelled with the reason, and calendars receive STATUS:CANCELLED.</summary>
    public static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> CancelEvent(
        Guid id, ReasonRequest request, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await EventAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        if (!access.CanManage && !access.CanModerate)
        {
            return Problems.Forbidden($"Only the members of {access.Organiser.Name} and the programme's coordinators cancel this event.");
        }

        var now = clock.GetDatabaseNow();
        if (access.Event.Cancel(request.Reason.Trim(), now) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        if (access.Event.IsPublic)
        {
            db.AddIntegrationEvent(EventMessages.Cancelled(access.Event, now));
        }

        return await SaveAsync(access, db, cancellationToken);
    }

    /// <summary>
    /// An admin takes an abusive or unlawful event down for good: it leaves the calendar with a
    /// tombstone in the changes feed, and the other services hear of it as a cancellation.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> TakeDownEvent(
        Guid id, ReasonRequest request, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin())
        {
            return Problems.Forbidden("Only the platform's admins take an event down; its organiser cancels it instead.");
        }

        if (await db.Events.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } calendarEvent)
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        var now = clock.GetDatabaseNow();
        if (calendarEvent.PublishedAt is not null && calendarEvent.Cancel(request.Reason.Trim(), now) is null)
        {
            db.AddIntegrationEvent(EventMessages.Cancelled(calendarEvent, now));
        }

        db.Events.Remove(calendarEvent);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Every version of the event's content, newest first: for its organiser's members and its programme's coordinators.</summary>
    public static async Task<Results<Ok<IReadOnlyList<RevisionResponse>>, ProblemHttpResult>> ListRevisions(
        Guid id, HttpContext context, ClaimsPrincipal user, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (await EventAccess.LoadAsync(id, user, db, track: false, cancellationToken) is not { CanManage: true } and not { CanModerate: true })
        {
            return Problems.NotFound($"No event has the id {id}, or its revisions are not yours to read.");
        }

        var revisions = await db.EventRevisions.AsNoTracking().Where(r => r.EventId == id).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        context.Response.Headers.CacheControl = HttpCaching.PrivateRevalidate;
        return TypedResults.Ok<IReadOnlyList<RevisionResponse>>(revisions.Select(RevisionResponse.From).ToList());
    }

    /// <summary>A coordinator applies a pending edit: the event shows it from now on.</summary>
    public static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> ApproveRevision(
        Guid id, int number, ModerationNoteRequest request, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (access, revision, problem) = await LoadPendingAsync(id, number, user, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var content = revision!.Content;
        var (unfit, location, programme) = await EventContentCheck.CheckReferencesAsync(content, access!.Organiser, db, cancellationToken);
        if (unfit is not null)
        {
            return Problems.Unprocessable($"Revision {number} no longer fits: {unfit} Reject it, and the organiser sends a new edit.");
        }

        var now = clock.GetDatabaseNow();
        await EventCommandEndpoints.ApplyAsync(access, new PreparedEvent(access.Organiser, content, location, programme), number, db, now, cancellationToken);
        revision.Decide(RevisionState.Applied, EventCommandEndpoints.Author(user), request.Note?.Trim(), now);
        return await SaveAsync(access, db, cancellationToken);
    }

    public static async Task<Results<Ok<RevisionResponse>, ProblemHttpResult>> RejectRevision(
        Guid id, int number, ModerationNoteRequest request, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (access, revision, problem) = await LoadPendingAsync(id, number, user, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        revision!.Decide(RevisionState.Rejected, EventCommandEndpoints.Author(user), request.Note?.Trim(), clock.GetDatabaseNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(RevisionResponse.From(revision));
    }

    private static async Task<(EventAccess? Access, EventRevision? Revision, ProblemHttpResult? Problem)> LoadPendingAsync(
        Guid id, int number, ClaimsPrincipal user, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (await EventAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return (null, null, Problems.NotFound($"No event has the id {id}."));
        }

        if (!access.CanModerate)
        {
            return (null, null, Problems.Forbidden("Only the coordinators of the event's programme decide on its pending edits."));
        }

        var revision = await db.EventRevisions.SingleOrDefaultAsync(r => r.EventId == id && r.Number == number, cancellationToken);
        return revision switch
        {
            null => (null, null, Problems.NotFound($"The event {id} has no revision {number}.")),
            { State: not RevisionState.Pending } => (null, null, Problems.Conflict($"Revision {number} is {revision.State.ToString().ToLowerInvariant()}, not pending.")),
            _ => (access, revision, null),
        };
    }

    /// <summary>Tells the other services what the moderation step made of the event.</summary>
    private static async Task AnnounceAsync(EventAccess access, OverlapReport overlaps, CalendarDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var e = access.Event;
        if (e.Moderation == ModerationState.Submitted)
        {
            db.AddIntegrationEvent(new EventSubmitted(e.Id, e.OrganiserId, e.Title, e.ProgrammeId, overlaps.Competing.Count, overlaps.VenueConflicts.Count, now));
            return;
        }

        await db.AddPublishedAsync(e, access.Organiser, now, cancellationToken);
    }

    private static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> SaveAsync(EventAccess access, CalendarDbContext db, CancellationToken cancellationToken) =>
        await TrySaveAsync(db, cancellationToken) is { } conflict
            ? conflict
            : TypedResults.Ok(await EventViews.DescribeAsync(access.Event, db, cancellationToken));

    /// <returns>The 409 to answer when a concurrent request changed the event first, or null once saved.</returns>
    private static async Task<ProblemHttpResult?> TrySaveAsync(CalendarDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The event changed meanwhile: read it again and retry.");
        }
    }
}
