using System.Security.Claims;
using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using EventsCalendar.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.EventsCalendar;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;

namespace EventsCalendar.Endpoints;

/// <summary>
/// The moderation lifecycle: draft → submitted → published or refused, by the programme's
/// coordinators when the programme is moderated; cancellation keeps the event visible; edits
/// waiting for a coordinator are approved or rejected here.
/// </summary>
public static class EventModerationEndpoints
{
    /// <summary>The organiser submits its event: published at once, or submitted to the coordinators of a moderated programme.</summary>
    public static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> SubmitEvent(
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
        if (access.Event.Submit(access.NeedsModeration, now) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        await AnnounceAsync(access, db, now, cancellationToken);
        return await SaveAsync(access, db, cancellationToken);
    }

    /// <summary>
    /// Publishes a submitted event (a coordinator of its programme), or a draft of an event no
    /// coordinator moderates (its organiser, as <c>submit</c> does).
    /// </summary>
    public static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> PublishEvent(
        Guid id, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await EventAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        if (access.NeedsModeration ? !access.CanModerate : !access.CanManage && !access.CanModerate)
        {
            return Problems.Forbidden(access.NeedsModeration
                ? $"Only the coordinators of {access.Programme!.Name} publish the events submitted to it."
                : $"Only the members of {access.Organiser.Name} publish this event.");
        }

        var now = clock.GetDatabaseNow();
        if (access.NeedsModeration && access.Event.Moderation == ModerationState.Draft)
        {
            return Problems.Conflict("The event is still a draft: its organiser submits it before a coordinator publishes it.");
        }

        if (access.Event.Publish(now) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        await AnnounceAsync(access, db, now, cancellationToken);
        return await SaveAsync(access, db, cancellationToken);
    }

    public static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> RefuseEvent(
        Guid id, ReasonRequest request, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await EventAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        if (access.Programme is null || !access.CanModerate)
        {
            return Problems.Forbidden("Only the coordinators of the programme an event is submitted to refuse it.");
        }

        var now = clock.GetDatabaseNow();
        if (access.Event.Refuse(request.Reason.Trim(), now) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        var e = access.Event;
        db.AddIntegrationEvent(new EventRefused(e.Id, e.OrganiserId, e.Title, access.Programme.Id, e.RefusalReason!, now));
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
    private static async Task AnnounceAsync(EventAccess access, CalendarDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var e = access.Event;
        if (e.Moderation == ModerationState.Submitted)
        {
            db.AddIntegrationEvent(new EventSubmitted(e.Id, e.OrganiserId, e.Title, access.Programme!.Id, now));
            return;
        }

        var venue = e.VenueId is { } venueId ? await db.Venues.FindAsync([venueId], cancellationToken) : null;
        db.AddIntegrationEvent(EventMessages.Published(e, access.Organiser, venue, now));
    }

    private static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> SaveAsync(EventAccess access, CalendarDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The event changed meanwhile: read it again and retry.");
        }

        return TypedResults.Ok(await EventViews.DescribeAsync(access.Event, db, cancellationToken));
    }
}
