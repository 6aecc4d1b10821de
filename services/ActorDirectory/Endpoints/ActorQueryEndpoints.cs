using System.ComponentModel;
using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Publishing;

namespace ActorDirectory.Endpoints;

/// <summary>Reading the directory: what the public and the networks see.</summary>
public static class ActorQueryEndpoints
{
    public static RouteGroupBuilder MapActorQueries(this RouteGroupBuilder actors)
    {
        actors.MapGet("/", SearchActors)
            .WithName("SearchActors")
            .WithSummary("Searches the directory.")
            .WithDescription(ActorSearchParameters.OpenApiDescription + """

                Without text, actors come by name; with text, by relevance, names starting with the text first.
                Pages are keyset-paginated and stable while the directory changes: an actor is never repeated or
                skipped, and one registered behind the reader's position simply is not seen. A cursor only
                continues the search that issued it: other filters with it are a 400. The first page tells the
                total, counted up to 10,000. Answers carry a weak ETag (If-None-Match gives a 304) and may be
                cached a minute.
                """)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).AllowAnonymous();
        actors.MapGet("/{id:guid}", GetActor)
            .WithName(ActorEndpoints.GetActorRoute)
            .WithSummary("An actor's public profile.")
            .WithDescription("""
                Plain JSON, or schema.org JSON-LD when the request prefers application/ld+json. The weak ETag is the
                actor's version, the one writes expect in If-Match; If-None-Match with it gives a 304. Cacheable by
                anyone, but revalidated on each use so an editor never works from a stale copy.
                """)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound).AllowAnonymous();
        actors.MapGet("/{id:guid}/jsonld", GetActorJsonLd)
            .WithName("GetActorJsonLd")
            .WithSummary("An actor's public profile as schema.org JSON-LD, for a web page's <script type=\"application/ld+json\">.")
            .Produces<ActorJsonLd>(StatusCodes.Status200OK, JsonLd.MediaType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound).AllowAnonymous();
        actors.MapActorExport();
        return actors;
    }

    public static async Task<Results<Ok<ActorSearchPage>, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> SearchActors(
        [AsParameters] ActorSearchParameters parameters,
        [Description("Page size, 1 to 100 (default 20).")] int? limit,
        [Description("The nextCursor of the previous page, with the same filters.")] string? cursor,
        HttpContext context,
        DirectoryDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        if (!parameters.TryGetFilter(clock.GetDatabaseNow(), out var filter, out var invalid))
        {
            return invalid;
        }

        ActorSearchPosition? after = null;
        if (cursor is not null && !ActorSearchCursor.TryDecode(cursor, filter, out after))
        {
            return Problems.InvalidCursor();
        }

        if (await ActorSearchParameters.CheckTerritoryExistsAsync(db, filter, cancellationToken) is { } unknownTerritory)
        {
            return unknownTerritory;
        }

        var search = await ActorSearch.PrepareAsync(db, filter, cancellationToken);
        var result = await search.ReadPageAsync(after, pageSize, cancellationToken);
        int? counted = after is null
            ? await search.Matching().Take(ActorSearchPage.TotalCountLimit + 1).CountAsync(cancellationToken)
            : null;
        var page = new ActorSearchPage(
            result.Actors.Select(ActorResponse.From).ToList(),
            result.Next is null ? null : ActorSearchCursor.Encode(filter, result.Next),
            counted is null ? null : Math.Min(counted.Value, ActorSearchPage.TotalCountLimit),
            counted is null ? null : counted <= ActorSearchPage.TotalCountLimit);

        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(page), HttpCaching.ShortLived)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<ActorResponse>, JsonHttpResult<ActorJsonLd>, StatusCodeHttpResult, ProblemHttpResult>> GetActor(
        Guid id, HttpContext context, DirectoryDbContext db, LinkGenerator links, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().SingleOrDefaultAsync(actor => actor.Id == id, cancellationToken);
        if (actor is null)
        {
            return Problems.NotFound($"No actor has the id {id}.");
        }

        context.Response.Headers.Vary = HeaderNames.Accept;
        if (JsonLd.IsPreferred(context.Request))
        {
            return await DescribeUnlessCurrentAsync(actor, context, db, links, cancellationToken) is { } document
                ? JsonLd.Result(document)
                : TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return HttpCaching.IsNotModified(context, EntityTags.Of(actor.Version), HttpCaching.Revalidate)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(ActorResponse.From(actor));
    }

    public static async Task<Results<JsonHttpResult<ActorJsonLd>, StatusCodeHttpResult, ProblemHttpResult>> GetActorJsonLd(
        Guid id, HttpContext context, DirectoryDbContext db, LinkGenerator links, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().SingleOrDefaultAsync(actor => actor.Id == id, cancellationToken);
        if (actor is null)
        {
            return Problems.NotFound($"No actor has the id {id}.");
        }

        return await DescribeUnlessCurrentAsync(actor, context, db, links, cancellationToken) is { } document
            ? JsonLd.Result(document)
            : TypedResults.StatusCode(StatusCodes.Status304NotModified);
    }

    /// <returns>The JSON-LD document, or null when the client's copy is current.</returns>
    private static async Task<ActorJsonLd?> DescribeUnlessCurrentAsync(
        Actor actor, HttpContext context, DirectoryDbContext db, LinkGenerator links, CancellationToken cancellationToken)
    {
        var url = links.GetUriByName(context, ActorEndpoints.GetActorRoute, new { id = actor.Id })!;
        var document = await ActorJsonLd.DescribeAsync(actor, url, db, cancellationToken);
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(document), HttpCaching.Revalidate) ? null : document;
    }
}
