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
            .WithSummary("Every actor matching the search filters, as CSV (semicolon-separated, UTF-8 with BOM), in the search's order.")
            .Produces(StatusCodes.Status200OK, contentType: ActorCsv.MediaType);
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
