using System.Security.Claims;
using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;

namespace EventsCalendar.Endpoints;

/// <summary>Events: read by anyone once published, written by their organiser's members, moderated by their programme's coordinators.</summary>
public static class EventEndpoints
{
    internal const string GetEventRoute = "GetEvent";

    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/events").WithTags("Events");

        events.MapGet("/", ListPublishedEvents).WithName("ListPublishedEvents").AllowAnonymous();
        events.MapGet("/{id:guid}", GetEvent).WithName(GetEventRoute).AllowAnonymous();
        events.MapGet("/{id:guid}/overlaps", EventModerationEndpoints.ListOverlaps).WithName("ListEventOverlaps").RequireAuthorization();
        events.MapGet("/{id:guid}/revisions", EventModerationEndpoints.ListRevisions).WithName("ListEventRevisions").RequireAuthorization();

        events.MapPost("/", EventCommandEndpoints.CreateEvent).WithName("CreateEvent").RequireAuthorization();
        events.MapPut("/{id:guid}", EventCommandEndpoints.ReplaceEvent).WithName("ReplaceEvent").RequireAuthorization();
        events.MapPut("/external/{source}/{externalId}", EventCommandEndpoints.UpsertExternalEvent).WithName("UpsertExternalEvent").RequireAuthorization();

        events.MapPost("/{id:guid}/submit", EventModerationEndpoints.SubmitEvent).WithName("SubmitEvent").RequireAuthorization();
        events.MapPost("/{id:guid}/publish", EventModerationEndpoints.PublishEvent).WithName("PublishEvent").RequireAuthorization();
        events.MapPost("/{id:guid}/refuse", EventModerationEndpoints.RefuseEvent).WithName("RefuseEvent").RequireAuthorization();
        events.MapPost("/{id:guid}/cancel", EventModerationEndpoints.CancelEvent).WithName("CancelEvent").RequireAuthorization();
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

    public static async Task<Results<Ok<EventResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetEvent(
        Guid id, HttpContext context, ClaimsPrincipal user, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (await EventAccess.LoadAsync(id, user, db, track: false, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No event has the id {id}.");
        }

        var response = await EventViews.DescribeAsync(access.Event, db, cancellationToken);
        var cacheControl = access.Event.IsPublic ? HttpCaching.Revalidate : HttpCaching.PrivateRevalidate;
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(response), cacheControl)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(response);
    }
}
