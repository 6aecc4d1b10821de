using System.Security.Claims;
using System.Text.RegularExpressions;
using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Programmes;
using EventsCalendar.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;
using Ssi.DirectoryReplica;

namespace EventsCalendar.Endpoints;

/// <summary>Writing an event's content: create, replace (with If-Match), and the importers' upsert by external id.</summary>
public static partial class EventCommandEndpoints
{
    public static async Task<Results<CreatedAtRoute<EventResponse>, ProblemHttpResult>> CreateEvent(
        EventRequest request, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var check = await PrepareAsync(request, user, db, cancellationToken);
        return check.Problem is { } problem ? problem : await AddAsync(check.Event!, null, user, db, clock, cancellationToken);
    }

    /// <summary>
    /// Replaces the content of an event. A published event of a moderated programme keeps showing
    /// its current content and the edit waits for a coordinator (202, a pending revision), unless a
    /// coordinator of that programme makes it.
    /// </summary>
    public static async Task<Results<Ok<EventResponse>, Accepted<RevisionResponse>, ProblemHttpResult>> ReplaceEvent(
        Guid id,
        EventRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        ClaimsPrincipal user,
        CalendarDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await EventAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        if (!access.CanManage)
        {
            return Problems.Forbidden($"Only the members of {access.Organiser.Name} edit this event.");
        }

        var current = await EventViews.DescribeAsync(access.Event, db, cancellationToken);
        if (EntityTags.CheckIfMatch(ifMatch, HttpCaching.ContentTag(current), "event") is { } precondition)
        {
            return precondition;
        }

        var check = await PrepareAsync(request, user, db, cancellationToken);
        return check.Problem is { } problem ? problem : await ReviseAsync(access, check.Event!, user, db, clock, cancellationToken);
    }

    /// <summary>
    /// Creates or replaces the event an importer knows as <paramref name="externalId"/> in
    /// <paramref name="source"/> (an OpenAgenda agenda, a city's CMS), for the organiser of the
    /// body: sending the same events again changes nothing more than sending them once.
    /// </summary>
    public static async Task<Results<CreatedAtRoute<EventResponse>, Ok<EventResponse>, Accepted<RevisionResponse>, ProblemHttpResult>> UpsertExternalEvent(
        string source, string externalId, EventRequest request, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!ExternalSource().IsMatch(source))
        {
            return Problems.BadRequest($"'{source}' is not an external source: 1 to 60 letters, digits, '.', '_', ':' or '-' (e.g. openagenda-billere).");
        }

        if (externalId.Length > CalendarEvent.ExternalIdMaxLength || string.IsNullOrWhiteSpace(externalId))
        {
            return Problems.BadRequest($"An external id has 1 to {CalendarEvent.ExternalIdMaxLength} characters.");
        }

        var prepared = await PrepareAsync(request, user, db, cancellationToken);
        if (prepared.Problem is { } problem)
        {
            return problem;
        }

        var organiserId = prepared.Event!.Organiser.ActorId;
        var existingId = await db.Events
            .Where(e => e.OrganiserId == organiserId && e.ExternalSource == source && e.ExternalId == externalId)
            .Select(e => (Guid?)e.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (existingId is null)
        {
            return await AddAsync(prepared.Event, new ExternalReference(source, externalId), user, db, clock, cancellationToken) switch
            {
                { Result: CreatedAtRoute<EventResponse> created } => created,
                { Result: ProblemHttpResult failed } => failed,
                var other => throw new InvalidOperationException($"Unexpected result {other.Result}."),
            };
        }

        var access = (await EventAccess.LoadAsync(existingId.Value, user, db, track: true, cancellationToken))!;
        return await ReviseAsync(access, prepared.Event, user, db, clock, cancellationToken) switch
        {
            { Result: Ok<EventResponse> updated } => updated,
            { Result: Accepted<RevisionResponse> pending } => pending,
            { Result: ProblemHttpResult failed } => failed,
            var other => throw new InvalidOperationException($"Unexpected result {other.Result}."),
        };
    }

    /// <summary>Applies checked content to an event, keeping it as a revision and telling the other services when the event is public.</summary>
    internal static async Task ApplyAsync(EventAccess access, PreparedEvent prepared, int revision, CalendarDbContext db, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var calendarEvent = access.Event;
        calendarEvent.Apply(prepared.Content, prepared.Location, EventDescription.ToHtml(prepared.Content.Description), revision, now);
        if (calendarEvent.IsPublic)
        {
            await db.AddUpdatedAsync(calendarEvent, access.Organiser, now, cancellationToken);
        }
    }

    internal static async Task<PreparedEventCheck> PrepareAsync(EventRequest request, ClaimsPrincipal user, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var errors = EventContentCheck.ReadForm(request, out var content);
        if (content is null)
        {
            return new(null, TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest }));
        }

        var organiser = await db.Organisers.AsNoTracking().SingleOrDefaultAsync(o => o.ActorId == request.OrganiserId, cancellationToken);
        if (organiser is null)
        {
            return Refused($"The organiser {request.OrganiserId} is not a known actor. Register it in the actor directory first; the calendar learns of it within seconds.");
        }

        if (!organiser.IsActive)
        {
            return Refused($"The organiser {organiser.Name} ({organiser.ActorId}) is archived in the actor directory and cannot organise events.");
        }

        if (!EventAuthorization.CanManageEventsOf(user, organiser))
        {
            return new(null, Problems.Forbidden($"You may not write events for {organiser.Name}."));
        }

        var (problem, location, programme) = await EventContentCheck.CheckReferencesAsync(content, organiser, db, cancellationToken);
        return problem is not null ? Refused(problem) : new(new PreparedEvent(organiser, content, location, programme), null);

        static PreparedEventCheck Refused(string detail) => new(null, Problems.Unprocessable(detail));
    }

    private static async Task<Results<CreatedAtRoute<EventResponse>, ProblemHttpResult>> AddAsync(
        PreparedEvent prepared, ExternalReference? external, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        var calendarEvent = new CalendarEvent(prepared.Organiser.ActorId, prepared.Content, prepared.Location,
            EventDescription.ToHtml(prepared.Content.Description), external, now);
        db.Events.Add(calendarEvent);
        db.EventRevisions.Add(new EventRevision(calendarEvent.Id, calendarEvent.Revision, prepared.Content, RevisionState.Applied, Author(user), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict($"The event {external?.Source}/{external?.Id} was created by another request meanwhile: send it again to update it.");
        }

        return TypedResults.CreatedAtRoute(await EventViews.DescribeAsync(calendarEvent, db, cancellationToken), EventEndpoints.GetEventRoute, new { id = calendarEvent.Id });
    }

    private static async Task<Results<Ok<EventResponse>, Accepted<RevisionResponse>, ProblemHttpResult>> ReviseAsync(
        EventAccess access, PreparedEvent prepared, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var calendarEvent = access.Event;
        if (prepared.Organiser.ActorId != calendarEvent.OrganiserId)
        {
            return Problems.Unprocessable($"The event is organised by {access.Organiser.Name}; an event's organiser does not change.");
        }

        var now = clock.GetDatabaseNow();
        var number = calendarEvent.NumberNextRevision();
        var awaitsModeration = calendarEvent.IsPublic && prepared.Programme is { RequiresModeration: true } programme && !programme.IsCoordinatedBy(user);
        var revision = new EventRevision(calendarEvent.Id, number, prepared.Content, awaitsModeration ? RevisionState.Pending : RevisionState.Applied, Author(user), now);
        if (awaitsModeration)
        {
            await SupersedePendingAsync(calendarEvent.Id, db, now, cancellationToken);
        }
        else
        {
            await ApplyAsync(access, prepared, number, db, now, cancellationToken);
        }

        db.EventRevisions.Add(revision);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntityTags.Stale("event");
        }

        if (awaitsModeration)
        {
            return TypedResults.Accepted($"/events/{calendarEvent.Id}/revisions", RevisionResponse.From(revision));
        }

        return TypedResults.Ok(await EventViews.DescribeAsync(calendarEvent, db, cancellationToken));
    }

    private static async Task SupersedePendingAsync(Guid eventId, CalendarDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await db.EventRevisions.Where(r => r.EventId == eventId && r.State == RevisionState.Pending).ToListAsync(cancellationToken);
        foreach (var revision in pending)
        {
            revision.Decide(RevisionState.Superseded, revision.Author, "Replaced by a newer edit.", now);
        }
    }

    internal static string Author(ClaimsPrincipal user) => user.SubjectId() ?? "";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,59}\\z")]
    private static partial Regex ExternalSource();
}

/// <summary>A request turned into content the calendar accepts, for an organiser the user may write for.</summary>
internal sealed record PreparedEvent(DirectoryActor Organiser, EventContent Content, TerritoryLocation Location, Programme? Programme);

internal sealed record PreparedEventCheck(PreparedEvent? Event, ProblemHttpResult? Problem);
