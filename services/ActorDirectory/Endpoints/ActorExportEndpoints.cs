using ActorDirectory.Data;
using ActorDirectory.Endpoints.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Endpoints;

/// <summary>The whole result of a search in one download, for the networks' spreadsheets.</summary>
public static class ActorExportEndpoints
{
    public static RouteGroupBuilder MapActorExport(this RouteGroupBuilder actors)
    {
        actors.MapGet("/export.csv", ExportActors)
            .WithName("ExportActors")
            .WithSummary("Every actor matching the search filters, as CSV.")
            .WithDescription(ActorSearchParameters.OpenApiDescription + """

                The same filters and order as GET /actors, without paging, streamed. Made for spreadsheets in
                French: semicolon-separated, UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting, a
                header row of the API's field names, lists joined by ", ". A value a spreadsheet would run as a
                formula (starting with =, +, -, @) is prefixed with an apostrophe. Public fields only, never
                contacts. For a program, GET /actors and GET /changes are the better fit.
                """)
            .Produces<string>(StatusCodes.Status200OK, ActorCsv.MediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return actors;
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> ExportActors(
        [AsParameters] ActorSearchParameters parameters,
        HttpContext context,
        DirectoryDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        if (!parameters.TryGetFilter(now, out var filter, out var invalid))
        {
            return invalid;
        }

        if (await ActorSearchParameters.CheckTerritoryExistsAsync(db, filter, cancellationToken) is { } unknownTerritory)
        {
            return unknownTerritory;
        }

        context.Response.Headers.CacheControl = HttpCaching.ShortLived;
        return TypedResults.Stream(
            body => ActorCsv.WriteAsync(body, db.SearchAll(filter).AsAsyncEnumerable(), cancellationToken),
            $"{ActorCsv.MediaType}; charset=utf-8",
            $"acteurs-ssi-{now:yyyy-MM-dd}.csv");
    }
}
