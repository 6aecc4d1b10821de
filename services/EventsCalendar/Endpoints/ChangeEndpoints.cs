using System.ComponentModel;
using EventsCalendar.Data;
using EventsCalendar.Domain.Changes;
using EventsCalendar.Domain.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Publishing;

namespace EventsCalendar.Endpoints;

/// <summary>
/// The calendar's changes feed, read like the directory's (<see cref="ChangeFeed"/>): replay it
/// from the start once, then poll with the last <c>nextCursor</c>.
/// </summary>
public static class ChangeEndpoints
{
    public static IEndpointRouteBuilder MapChangeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/changes", ListChanges)
            .WithTags("Changes")
            .WithName("ListCalendarChanges")
            .WithSummary("The public calendar's changes after a cursor, to keep an exact copy.")
            .WithDescription("""
                Replay from the start (no after), then poll with the last nextCursor, always returned; hasMore says to
                ask again at once. Commit-safe order: a slow commit is delivered late, never skipped. Only public
                changes appear: an event once published (its current state comes with it, cancelled events included,
                marked cancelled), venues and programmes (ids only). An event taken down comes as an erased tombstone.
                Within one page, a record's changes are coalesced into its last one. A cursor only continues a feed of the same types.
                """)
            .AllowAnonymous();
        return app;
    }

    public static async Task<Results<Ok<ChangePage<CalendarChangeItem>>, ValidationProblem, ProblemHttpResult>> ListChanges(
        [Description("A nextCursor or item cursor of this feed; omitted, the feed starts from the beginning.")] string? after,
        [Description("How many changes to read, 1 to 1000 (default 100).")] int? limit,
        [Description("Entity types to follow (repeat or comma-separate): event, venue, programme. All when omitted.")] string[]? types,
        HttpContext context,
        CalendarDbContext db,
        CancellationToken cancellationToken)
    {
        var pageSize = limit ?? ChangeFeed.DefaultLimit;
        if (pageSize is < 1 or > ChangeFeed.MaxLimit)
        {
            return Problems.Invalid("limit", $"limit must be between 1 and {ChangeFeed.MaxLimit}.");
        }

        if (ChangeFeed.TrySelect(types, CalendarChange.Types, out var selected, out var selection) is { } unknownType)
        {
            return Problems.Invalid("types", unknownType);
        }

        var position = ChangeFeedPosition.Start;
        if (after is not null && !ChangeFeedPosition.TryDecode(after, selection, out position))
        {
            return Problems.BadRequest("after is not a cursor of this feed for these types: pass a cursor the feed returned with the same types, or omit it to start from the beginning.");
        }

        var rows = await ChangeFeed.ReadSettledAsync(db.Changes, position, pageSize + 1, cancellationToken);
        var page = rows.Take(pageSize).ToList();
        var wanted = ChangeFeed.Coalesce(page.Where(change => selected.Count == 0 || selected.Contains(change.EntityType)));
        var last = page.Count > 0 ? ChangeFeed.PositionOf(page[^1]) : position;

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new ChangePage<CalendarChangeItem>(await DescribeAsync(db, wanted, selection, cancellationToken), last.Encode(selection), rows.Count > pageSize));
    }

    private static async Task<List<CalendarChangeItem>> DescribeAsync(CalendarDbContext db, List<CalendarChange> changes, string selection, CancellationToken cancellationToken)
    {
        var eventIds = changes.Where(change => change.EntityType == CalendarChange.EventType && change.Kind != ChangeKind.Erased).Select(change => change.EntityId).ToList();
        var events = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id) && e.Moderation == ModerationState.Published).ToListAsync(cancellationToken);
        var described = (await EventViews.DescribeAsync(events, db, cancellationToken)).ToDictionary(e => e.Id);
        return changes.Select(change => new CalendarChangeItem(
                ChangeFeed.PositionOf(change).Encode(selection), change.Sequence, change.EntityType, change.EntityId, change.Kind, change.OccurredAt,
                change.EntityType == CalendarChange.EventType ? described.GetValueOrDefault(change.EntityId) : null))
            .ToList();
    }
}

/// <summary>One change of the public calendar; an upserted event carries its current state (apply it as the state).</summary>
/// <param name="Cursor">Resumes the feed right after this item.</param>
public sealed record CalendarChangeItem(
    string Cursor, long Sequence, string EntityType, Guid EntityId, ChangeKind Change, DateTimeOffset OccurredAt, EventResponse? Event);
