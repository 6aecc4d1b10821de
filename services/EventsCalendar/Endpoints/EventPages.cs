using System.Globalization;
using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;

namespace EventsCalendar.Endpoints;

/// <summary>A page of events in chronological order of their first slot, with a cursor and a validator.</summary>
internal static class EventPages
{
    public static async Task<Results<Ok<Page<EventResponse>>, StatusCodeHttpResult, ProblemHttpResult>> ReadAsync(
        IQueryable<CalendarEvent> query, int? limit, string? cursor, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        if (cursor is not null)
        {
            if (!PageCursor.TryDecode(cursor, 2, out var keys)
                || !long.TryParse(keys[0], CultureInfo.InvariantCulture, out var ticks)
                || ticks is < 0 or > 3155378975999999999
                || !Guid.TryParse(keys[1], out var afterId))
            {
                return Problems.InvalidCursor();
            }

            var afterStart = new DateTimeOffset(ticks, TimeSpan.Zero);
            query = query.Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.StartsAt, e.Id), ValueTuple.Create(afterStart, afterId)));
        }

        var page = await query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var last = page.Count > pageSize ? page[pageSize - 1] : null;
        var nextCursor = last is null ? null : PageCursor.Encode(last.StartsAt.UtcTicks.ToString(CultureInfo.InvariantCulture), last.Id.ToString());
        var result = new Page<EventResponse>(await EventViews.DescribeAsync(page.Take(pageSize).ToList(), db, cancellationToken), nextCursor);
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(result), HttpCaching.ShortLived)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(result);
    }
}
