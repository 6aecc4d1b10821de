using ActorDirectory.Data;
using ActorDirectory.Endpoints.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Publishing;

namespace ActorDirectory.Endpoints;

/// <summary>The whole result of a search in one download, for the networks' spreadsheets.</summary>
public static class ActorExportEndpoints
{
    /// <summary>
    /// The most rows an anonymous export may hold by default (<c>Export:AnonymousLimit</c>): a
    /// department's actors fit, the national directory (136,000 actors) does not. Signed-in
    /// callers export any size.
    /// </summary>
    public const int DefaultAnonymousLimit = 5_000;

    public const string AnonymousLimitKey = "Export:AnonymousLimit";

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

                Without a token an export holds at most 5,000 actors: a broader search answers 422 and asks for
                narrower filters (a territory, a kind, a theme) or a token. For a full copy of the directory,
                follow GET /changes.
                """)
            .Produces<string>(StatusCodes.Status200OK, CsvExport.MediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).AllowAnonymous();
        return actors;
    }

    public static async Task<Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult>> ExportActors(
        [AsParameters] ActorSearchParameters parameters,
        HttpContext context,
        DirectoryDbContext db,
        TimeProvider clock,
        IConfiguration configuration,
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

        var search = await ActorSearch.PrepareAsync(db, filter, cancellationToken);
        var anonymousLimit = configuration.GetValue(AnonymousLimitKey, DefaultAnonymousLimit);
        if (context.User.Identity?.IsAuthenticated != true
            && await search.Matching().Take(anonymousLimit + 1).CountAsync(cancellationToken) > anonymousLimit)
        {
            return Problems.Unprocessable(
                $"More than {anonymousLimit} actors match: narrow the search (territory, kind, theme...) or send a token to export them all. " +
                "For a full copy of the directory, follow GET /changes.");
        }

        context.Response.Headers.CacheControl = HttpCaching.ShortLived;
        return TypedResults.Stream(
            body => ActorCsv.WriteAsync(body, search.All().AsAsyncEnumerable(), cancellationToken),
            $"{CsvExport.MediaType}; charset=utf-8",
            $"acteurs-ssi-{now:yyyy-MM-dd}.csv");
    }
}
