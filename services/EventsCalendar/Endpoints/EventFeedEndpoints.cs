using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Programmes;
using EventsCalendar.Feeds;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Publishing;
using Ssi.ServiceDefaults.Territories;

namespace EventsCalendar.Endpoints;

/// <summary>
/// What a programme, an organiser or a venue publishes: the programme's events (every published
/// event inside its territory during its period, communes of an EPCI or department included) and
/// the iCalendar feeds calendar clients subscribe to.
/// </summary>
public static class EventFeedEndpoints
{
    /// <summary>An organiser's or a venue's feed covers a year back and everything ahead.</summary>
    private static readonly TimeSpan FeedHistory = TimeSpan.FromDays(365);

    public static IEndpointRouteBuilder MapEventFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/programmes/{id:guid}/events", ListProgrammeEvents).WithName("ListProgrammeEvents").WithTags("Programmes").AllowAnonymous();
        app.MapGet("/programmes/{id:guid}/calendar.ics", GetProgrammeCalendar).WithName("GetProgrammeCalendar").WithTags("Feeds").AllowAnonymous();
        app.MapGet("/organisers/{id:guid}/calendar.ics", GetOrganiserCalendar).WithName("GetOrganiserCalendar").WithTags("Feeds").AllowAnonymous();
        app.MapGet("/venues/{id:guid}/calendar.ics", GetVenueCalendar).WithName("GetVenueCalendar").WithTags("Feeds").AllowAnonymous();
        app.MapGet("/events/calendar.ics", GetEventsCalendar).WithName("GetEventsCalendar").WithTags("Feeds").AllowAnonymous();
        app.MapGet("/events/{id:guid}/calendar.ics", GetEventCalendar).WithName("GetEventCalendar").WithTags("Feeds").AllowAnonymous();
        app.MapGet("/events.csv", ExportEvents).WithName("ExportEvents").WithTags("Feeds").AllowAnonymous()
            .Produces<string>(StatusCodes.Status200OK, CsvExport.MediaType);
        app.MapGet("/programmes/{id:guid}/events.csv", ExportProgrammeEvents).WithName("ExportProgrammeEvents").WithTags("Feeds").AllowAnonymous()
            .Produces<string>(StatusCodes.Status200OK, CsvExport.MediaType);
        app.MapGet("/programmes/{id:guid}/events.jsonld", GetProgrammeJsonLd).WithName("GetProgrammeJsonLd").WithTags("Feeds").AllowAnonymous()
            .Produces<EventListJsonLd>(StatusCodes.Status200OK, JsonLd.MediaType);
        app.MapGet("/programmes/{id:guid}/rss", GetProgrammeRss).WithName("GetProgrammeRss").WithTags("Feeds").AllowAnonymous();
        return app;
    }

    /// <summary>The programme's published events, filtered further if asked (a commune of a department's programme, a kind, a day...).</summary>
    public static async Task<Results<Ok<Page<EventResponse>>, StatusCodeHttpResult, ProblemHttpResult>> ListProgrammeEvents(
        Guid id, [AsParameters] EventFilter filter, int? limit, string? cursor, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (await FindProgrammeAsync(id, db, cancellationToken) is not { } programme)
        {
            return NoProgramme(id);
        }

        var (query, problem) = filter.Apply(EventsOf(programme, db));
        return problem ?? await EventPages.ReadAsync(query!, limit, cursor, context, db, cancellationToken);
    }

    public static async Task<Results<ContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetProgrammeCalendar(
        Guid id, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (await FindProgrammeAsync(id, db, cancellationToken) is not { } programme)
        {
            return NoProgramme(id);
        }

        var events = EventsOf(programme, db).Where(e => e.Moderation == ModerationState.Published);
        return await WriteAsync(programme.Name, $"programme-{programme.EditionYear}-{programme.TerritoryCode}", events, context, db, cancellationToken);
    }

    public static async Task<Results<ContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetOrganiserCalendar(
        Guid id, HttpContext context, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Organisers.AsNoTracking().SingleOrDefaultAsync(o => o.ActorId == id, cancellationToken) is not { } organiser)
        {
            return Problems.NotFound($"No organiser has the id {id}.");
        }

        var since = clock.GetUtcNow() - FeedHistory;
        var events = db.Events.AsNoTracking()
            .Where(e => e.Moderation == ModerationState.Published && (e.OrganiserId == id || e.PartnerIds.Contains(id)) && e.EndsAt >= since);
        return await WriteAsync($"Festival des Solidarités — {organiser.Name}", $"organisateur-{id}", events, context, db, cancellationToken);
    }

    public static async Task<Results<ContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetVenueCalendar(
        Guid id, HttpContext context, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Venues.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, cancellationToken) is not { } venue)
        {
            return Problems.NotFound($"No venue has the id {id}.");
        }

        var since = clock.GetUtcNow() - FeedHistory;
        var events = db.Events.AsNoTracking().Where(e => e.Moderation == ModerationState.Published && e.VenueId == id && e.EndsAt >= since);
        return await WriteAsync($"Festival des Solidarités — {venue.Name}", $"lieu-{id}", events, context, db, cancellationToken);
    }

    /// <summary>
    /// Published events matching the filters as a feed calendar applications subscribe to (a
    /// territory's, for the public site); without <c>from</c>, those ending a year back or later.
    /// </summary>
    public static async Task<Results<ContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetEventsCalendar(
        [AsParameters] EventFilter filter, HttpContext context, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (query, problem) = filter.Apply(db.Events.AsNoTracking());
        if (problem is not null)
        {
            return problem;
        }

        var since = clock.GetUtcNow() - FeedHistory;
        var events = filter.From is null ? query!.Where(e => e.EndsAt >= since) : query!;
        return await WriteAsync("Festival des Solidarités", "evenements", events, context, db, cancellationToken);
    }

    /// <summary>One published event as an iCalendar file, for "add to my calendar".</summary>
    public static async Task<Results<ContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetEventCalendar(
        Guid id, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var events = db.Events.AsNoTracking().Where(e => e.Id == id && e.Moderation == ModerationState.Published);
        return await events.AnyAsync(cancellationToken)
            ? await WriteAsync("Festival des Solidarités", $"evenement-{id}", events, context, db, cancellationToken)
            : Problems.NotFound($"No published event has the id {id}.");
    }

    private static Task<Programme?> FindProgrammeAsync(Guid id, CalendarDbContext db, CancellationToken cancellationToken) =>
        db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    private static ProblemHttpResult NoProgramme(Guid id) => Problems.NotFound($"No programme has the id {id}.");

    /// <summary>Every event inside the programme's territory with a slot in its period, whatever its moderation state.</summary>
    private static IQueryable<CalendarEvent> EventsOf(Programme programme, CalendarDbContext db)
    {
        var (start, end) = programme.Period;
        return db.Events.AsNoTracking()
            .Where(programme.Territory.Includes<CalendarEvent>(e => e.Location))
            .Where(e => e.StartsAt < end && e.EndsAt > start && e.Slots.Any(slot => slot.StartsAt < end && slot.EndsAt > start));
    }

    /// <summary>Published events matching the filters, as a spreadsheet (<c>;</c>, UTF-8 with BOM), in time order.</summary>
    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportEvents(
        [AsParameters] EventFilter filter, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var (query, problem) = filter.Apply(db.Events.AsNoTracking());
        return problem is not null ? problem : await CsvAsync("evenements", query!, context, db, cancellationToken);
    }

    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportProgrammeEvents(
        Guid id, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (await FindProgrammeAsync(id, db, cancellationToken) is not { } programme)
        {
            return NoProgramme(id);
        }

        var events = EventsOf(programme, db).Where(e => e.Moderation == ModerationState.Published);
        return await CsvAsync($"programme-{programme.EditionYear}-{programme.TerritoryCode}", events, context, db, cancellationToken);
    }

    /// <summary>The programme's published events as a schema.org ItemList of Events.</summary>
    public static async Task<Results<JsonHttpResult<EventListJsonLd>, StatusCodeHttpResult, ProblemHttpResult>> GetProgrammeJsonLd(
        Guid id, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (await FindProgrammeAsync(id, db, cancellationToken) is not { } programme)
        {
            return NoProgramme(id);
        }

        var events = await LoadAsync(EventsOf(programme, db).Where(e => e.Moderation == ModerationState.Published), context, db, cancellationToken);
        var document = EventListJsonLd.From(programme.Name, events);
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(document), HttpCaching.ShortLived)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : JsonLd.Result(document);
    }

    /// <summary>The programme's published events as an RSS 2.0 feed in French, newest publications first.</summary>
    public static async Task<Results<ContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetProgrammeRss(
        Guid id, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (await FindProgrammeAsync(id, db, cancellationToken) is not { } programme)
        {
            return NoProgramme(id);
        }

        var events = await LoadAsync(EventsOf(programme, db).Where(e => e.Moderation == ModerationState.Published), context, db, cancellationToken);
        var rss = ProgrammeRss.Write(programme, PageOf(context.Request, $"programmes/{programme.Id}"), events);
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(rss), HttpCaching.ShortLived)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Text(rss, $"{ProgrammeRss.MediaType}; charset=utf-8");
    }

    /// <summary>The address of a calendar resource as this request reached it (through the gateway: its public address).</summary>
    internal static Uri PageOf(HttpRequest request, string path) => new($"{request.Scheme}://{request.Host}{request.PathBase}/{path}");

    internal static async Task<List<PublishedEvent>> LoadAsync(IQueryable<CalendarEvent> query, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var events = await query.OrderBy(e => e.StartsAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return await PublishedEvent.LoadAsync(events, db, eventId => PageOf(context.Request, $"events/{eventId}"), cancellationToken);
    }

    private static async Task<Results<ContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> WriteAsync(
        string name, string fileName, IQueryable<CalendarEvent> query, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var ics = ICalendarWriter.Write(name, await LoadAsync(query, context, db, cancellationToken));
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}.ics\"";
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(ics), HttpCaching.ShortLived)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Text(ics, $"{ICalendarWriter.MediaType}; charset=utf-8");
    }

    private static async Task<PushStreamHttpResult> CsvAsync(
        string fileName, IQueryable<CalendarEvent> query, HttpContext context, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var events = await LoadAsync(query, context, db, cancellationToken);
        context.Response.Headers.CacheControl = HttpCaching.ShortLived;
        return TypedResults.Stream(body => EventCsv.WriteAsync(body, events, cancellationToken), $"{CsvExport.MediaType}; charset=utf-8", $"{fileName}.csv");
    }
}
