using System.Globalization;
using System.Security.Claims;
using EventsCalendar.Data;
using EventsCalendar.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.EventsCalendar;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace EventsCalendar.Endpoints;

public static class EventEndpoints
{
    private const string GetEventRoute = "GetEvent";

    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/events").WithTags("Events");

        events.MapGet("/", ListPublishedEvents).WithName("ListPublishedEvents").AllowAnonymous();
        events.MapGet("/{id:guid}", GetEvent).WithName(GetEventRoute).AllowAnonymous();
        events.MapPost("/", CreateEvent).WithName("CreateEvent").RequireAuthorization();
        events.MapPost("/{id:guid}/publish", PublishEvent).WithName("PublishEvent").RequireAuthorization();

        return app;
    }

    public static async Task<Results<Ok<Page<EventResponse>>, StatusCodeHttpResult, ProblemHttpResult>> ListPublishedEvents(
        HttpContext context,
        CalendarDbContext db,
        string? territory,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? limit,
        string? cursor,
        CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var query = db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published);
        if (cursor is not null)
        {
            if (!PageCursor.TryDecode(cursor, 2, out var keys)
                || !long.TryParse(keys[0], CultureInfo.InvariantCulture, out var ticks)
                || !Guid.TryParse(keys[1], out var afterId))
            {
                return Problems.InvalidCursor();
            }

            var afterStart = new DateTimeOffset(ticks, TimeSpan.Zero);
            query = query.Where(e => e.StartsAt > afterStart || (e.StartsAt == afterStart && e.Id > afterId));
        }

        if (territory is not null)
        {
            query = query.Where(e => e.TerritoryCode == territory);
        }

        if (from is not null)
        {
            query = query.Where(e => e.EndsAt >= from.Value.ToUniversalTime());
        }

        if (to is not null)
        {
            query = query.Where(e => e.StartsAt <= to.Value.ToUniversalTime());
        }

        var page = await query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var last = page.Count > pageSize ? page[pageSize - 1] : null;
        var nextCursor = last is null
            ? null
            : PageCursor.Encode(last.StartsAt.UtcTicks.ToString(CultureInfo.InvariantCulture), last.Id.ToString());
        var result = new Page<EventResponse>(page.Take(pageSize).Select(EventResponse.From).ToList(), nextCursor);
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(result), HttpCaching.ShortLived)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<EventResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetEvent(
        Guid id, HttpContext context, ClaimsPrincipal user, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var calendarEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (calendarEvent is null || !await CanSeeAsync(user, calendarEvent, db, cancellationToken))
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        var cacheControl = calendarEvent.Status == EventStatus.Published ? HttpCaching.Revalidate : HttpCaching.PrivateRevalidate;
        return HttpCaching.IsNotModified(context, EntityTags.Of(calendarEvent.Version), cacheControl)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(EventResponse.From(calendarEvent));
    }

    public static async Task<Results<CreatedAtRoute<EventResponse>, ValidationProblem, ProblemHttpResult>> CreateEvent(
        CreateEventRequest request,
        ClaimsPrincipal user,
        CalendarDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.EndsAt <= request.StartsAt)
        {
            return Problems.Invalid("endsAt", "An event must end after it starts.");
        }

        if (!CalendarEvent.IsPlausibleDate(request.StartsAt!.Value) || !CalendarEvent.IsPlausibleDate(request.EndsAt!.Value))
        {
            return Problems.Invalid("startsAt", $"An event takes place between {CalendarEvent.FirstYear} and {CalendarEvent.LastYear}.");
        }

        if (request.TerritoryCode is not null && !CommuneCode.IsValid(request.TerritoryCode))
        {
            return Problems.Invalid("territoryCode", $"'{request.TerritoryCode}' is not an INSEE commune code (5 characters, e.g. 64129).");
        }

        var organiser = await db.Organisers.SingleOrDefaultAsync(o => o.ActorId == request.OrganiserId, cancellationToken);
        if (organiser is null)
        {
            return Problems.Unprocessable(
                $"The organiser {request.OrganiserId} is not a known actor. Register it in the actor directory first; the calendar learns of it within seconds.");
        }

        if (!organiser.IsActive)
        {
            return Problems.Unprocessable($"The organiser {organiser.Name} ({organiser.ActorId}) is archived in the actor directory and cannot organise events.");
        }

        if (!EventAuthorization.CanManageEventsOf(user, organiser))
        {
            return Problems.Forbidden($"You may not create events for {organiser.Name}.");
        }

        var calendarEvent = new CalendarEvent(organiser, request.Title.Trim(), request.Description?.Trim(), request.Venue?.Trim(),
            request.TerritoryCode ?? organiser.Location.CommuneCode, request.StartsAt!.Value, request.EndsAt!.Value, clock.GetDatabaseNow());
        db.Events.Add(calendarEvent);
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.CreatedAtRoute(EventResponse.From(calendarEvent), GetEventRoute, new { id = calendarEvent.Id });
    }

    public static async Task<Results<Ok<EventResponse>, ProblemHttpResult>> PublishEvent(
        Guid id, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var calendarEvent = await db.Events.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        var organiser = calendarEvent is null ? null : await db.Organisers.FindAsync([calendarEvent.OrganiserId], cancellationToken);
        if (calendarEvent is null || organiser is null || !EventAuthorization.CanManageEventsOf(user, organiser))
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        if (!calendarEvent.Publish(clock.GetDatabaseNow()))
        {
            return Problems.Conflict($"The event {id} is already published.");
        }

        db.AddIntegrationEvent(new EventPublished(
            calendarEvent.Id, calendarEvent.OrganiserId, calendarEvent.OrganiserName, calendarEvent.Title, calendarEvent.TerritoryCode,
            calendarEvent.Venue, calendarEvent.StartsAt, calendarEvent.EndsAt, calendarEvent.PublishedAt!.Value));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Ok(EventResponse.From(calendarEvent));
    }

    private static async Task<bool> CanSeeAsync(ClaimsPrincipal user, CalendarEvent calendarEvent, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (calendarEvent.Status == EventStatus.Published)
        {
            return true;
        }

        var organiser = await db.Organisers.FindAsync([calendarEvent.OrganiserId], cancellationToken);
        return organiser is not null && EventAuthorization.CanManageEventsOf(user, organiser);
    }
}
