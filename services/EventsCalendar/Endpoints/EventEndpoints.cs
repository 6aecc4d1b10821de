using System.Security.Claims;
using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using EventsCalendar.Feeds;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Publishing;

namespace EventsCalendar.Endpoints;

/// <summary>Events: read by anyone once published, written by their organiser's members, moderated by their programme's coordinators.</summary>
public static class EventEndpoints
{
    internal const string GetEventRoute = "GetEvent";

    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/events").WithTags("Events");

        events.MapGet("/", ListPublishedEvents).WithName("ListPublishedEvents").AllowAnonymous();
        events.MapGet("/{id:guid}", GetEvent).WithName(GetEventRoute).AllowAnonymous()
            .WithDescription("Plain JSON, or for a published event schema.org JSON-LD when the request prefers application/ld+json.");
        events.MapGet("/{id:guid}/jsonld", GetEventJsonLd).WithName("GetEventJsonLd").AllowAnonymous()
            .WithSummary("A published event as schema.org JSON-LD, for a web page's <script type=\"application/ld+json\">.")
            .Produces<EventJsonLd>(StatusCodes.Status200OK, JsonLd.MediaType);
        events.MapGet("/{id:guid}/overlaps", EventModerationEndpoints.ListOverlaps).WithName("ListEventOverlaps").RequireAuthorization();
        events.MapGet("/{id:guid}/revisions", EventModerationEndpoints.ListRevisions).WithName("ListEventRevisions").RequireAuthorization();

        events.MapPost("/", EventCommandEndpoints.CreateEvent).WithName("CreateEvent").RequireAuthorization();
        events.MapPut("/{id:guid}", EventCommandEndpoints.ReplaceEvent).WithName("ReplaceEvent").RequireAuthorization();
        events.MapPut("/external/{source}/{externalId}", EventCommandEndpoints.UpsertExternalEvent).WithName("UpsertExternalEvent").RequireAuthorization();

        events.MapPost("/{id:guid}/submit", EventModerationEndpoints.SubmitEvent).WithName("SubmitEvent").RequireAuthorization();
        events.MapPost("/{id:guid}/publish", EventModerationEndpoints.PublishEvent).WithName("PublishEvent").RequireAuthorization();
        events.MapPost("/{id:guid}/refuse", EventModerationEndpoints.RefuseEvent).WithName("RefuseEvent").RequireAuthorization();
        events.MapPost("/{id:guid}/cancel", EventModerationEndpoints.CancelEvent).WithName("CancelEvent").RequireAuthorization();
        events.MapPost("/{id:guid}/take-down", EventModerationEndpoints.TakeDownEvent).WithName("TakeDownEvent").RequireAuthorization();
        events.MapPost("/{id:guid}/revisions/{number:int}/approve", EventModerationEndpoints.ApproveRevision).WithName("ApproveEventRevision").RequireAuthorization();
        events.MapPost("/{id:guid}/revisions/{number:int}/reject", EventModerationEndpoints.RejectRevision).WithName("RejectEventRevision").RequireAuthorization();

        return app;
    }

    /// <summary>Published events in chronological order of their first slot, cancelled ones included and marked.</summary>
    public static async Task<Results<Ok<Page<EventResponse>>, StatusCodeHttpResult, ProblemHttpResult>> ListPublishedEvents(
        [AsParameters] EventFilter filter, int? limit, string? cursor, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var (query, problem) = filter.Apply(db.Events.AsNoTracking());
        return problem ?? await EventPages.ReadAsync(query!, limit, cursor, context, db, cancellationToken);
    }

    public static async Task<Results<Ok<EventResponse>, JsonHttpResult<EventJsonLd>, StatusCodeHttpResult, ProblemHttpResult>> GetEvent(
        Guid id, HttpContext context, ClaimsPrincipal user, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (await EventAccess.LoadAsync(id, user, db, track: false, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        if (access.Event.IsPublic && JsonLd.IsPreferred(context.Request))
        {
            context.Response.Headers.Vary = "Accept";
            return await JsonLdUnlessCurrentAsync(access.Event, context, db, cancellationToken) is { } document
                ? JsonLd.Result(document)
                : TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var response = await EventViews.DescribeAsync(access.Event, db, cancellationToken);
        var cacheControl = access.Event.IsPublic ? HttpCaching.Revalidate : HttpCaching.PrivateRevalidate;
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(response), cacheControl)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(response);
    }

    public static async Task<Results<JsonHttpResult<EventJsonLd>, StatusCodeHttpResult, ProblemHttpResult>> GetEventJsonLd(
        Guid id, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var calendarEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.Moderation == ModerationState.Published, cancellationToken);
        if (calendarEvent is null)
        {
            return Problems.NotFound($"No published event has the id {id}.");
        }

        return await JsonLdUnlessCurrentAsync(calendarEvent, context, db, cancellationToken) is { } document
            ? JsonLd.Result(document)
            : TypedResults.StatusCode(StatusCodes.Status304NotModified);
    }

    /// <returns>The event's JSON-LD, or null when the client's copy is current.</returns>
    private static async Task<EventJsonLd?> JsonLdUnlessCurrentAsync(
        CalendarEvent calendarEvent, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var published = (await PublishedEvent.LoadAsync([calendarEvent], db,
            eventId => EventFeedEndpoints.PageOf(context.Request, $"events/{eventId}"), cancellationToken))[0];
        var document = EventJsonLd.From(published);
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(document), HttpCaching.Revalidate) ? null : document;
    }
}
