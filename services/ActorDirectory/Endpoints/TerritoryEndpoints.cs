using System.ComponentModel;
using ActorDirectory.Data;
using ActorDirectory.Domain;
using ActorDirectory.Domain.Territories;
using Microsoft.AspNetCore.Http.HttpResults;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Text;

namespace ActorDirectory.Endpoints;

/// <summary>France's territories, public: lookup by code, the hierarchy both ways, and search by code or name.</summary>
public static class TerritoryEndpoints
{
    public const string GetTerritoryRoute = "GetTerritory";
    public const int QueryMinLength = 2;
    public const int QueryMaxLength = 100;

    public static IEndpointRouteBuilder MapTerritoryEndpoints(this IEndpointRouteBuilder app)
    {
        var territories = app.MapGroup("/territories").WithTags("Territories");
        territories.MapGet("/", SearchTerritories).WithName("SearchTerritories").AllowAnonymous()
            .WithSummary("Finds territories by code or name.")
            .WithDescription("""
                A code comes first: 5 digits find the communes with that postal code (64140: Billère,
                then Lons) and the commune with that INSEE code; 2 or 3 characters a department (64,
                2A, 971); 9 digits an EPCI by its SIREN; kind:code (region:75) any territory. Then
                the names, without regard to accents, case or punctuation: the exact name, names
                starting with the text, names with a word starting with it, then similar names
                (typos forgiven). Within each group the most populous first.
                """)
            .Produces(StatusCodes.Status304NotModified);
        territories.MapGet("/{kind}/{code}", GetTerritory).WithName(GetTerritoryRoute).AllowAnonymous()
            .Produces(StatusCodes.Status304NotModified);
        territories.MapGet("/{kind}/{code}/communes", ListCommunes).WithName("ListTerritoryCommunes").AllowAnonymous()
            .Produces(StatusCodes.Status304NotModified);
        return app;
    }

    public static async Task<Results<Ok<TerritoryResponse>, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> GetTerritory(
        string kind,
        string code,
        HttpContext context,
        TerritoryLookup territories,
        CancellationToken cancellationToken)
    {
        if (ReadReference(kind, code) is not { } reference)
        {
            return InvalidReference(kind, code);
        }

        var territory = await territories.FindAsync(reference, cancellationToken);
        if (territory is null)
        {
            return Problems.NotFound($"No territory is {reference}.");
        }

        return Reference(context, (await ToResponsesAsync([territory], territories, cancellationToken))[0]);
    }

    public static async Task<Results<Ok<Page<TerritoryResponse>>, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> ListCommunes(
        string kind,
        string code,
        int? limit,
        string? cursor,
        HttpContext context,
        TerritoryLookup territories,
        CancellationToken cancellationToken)
    {
        if (ReadReference(kind, code) is not { } parent)
        {
            return InvalidReference(kind, code);
        }

        if (parent.Kind == TerritoryKind.Commune)
        {
            return Problems.Invalid("kind", "A commune has no communes below it: list the communes of an epci, a department or a region.");
        }

        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        string? after = null;
        if (cursor is not null)
        {
            if (!PageCursor.TryDecode(cursor, 1, out var keys) || !CommuneCode.IsValid(keys[0]))
            {
                return Problems.InvalidCursor();
            }

            after = keys[0];
        }

        if (!await territories.ExistsAsync(parent, cancellationToken))
        {
            return Problems.NotFound($"No territory is {parent}.");
        }

        var communes = await territories.ListCommunesAsync(parent, after, pageSize + 1, cancellationToken);
        var nextCursor = communes.Count > pageSize ? PageCursor.Encode(communes[pageSize - 1].Code) : null;
        var items = await ToResponsesAsync(communes.Take(pageSize).ToList(), territories, cancellationToken);
        return Reference(context, new Page<TerritoryResponse>(items, nextCursor));
    }

    public static async Task<Results<Ok<TerritoryMatches>, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> SearchTerritories(
        [Description("A code (64140, 64129, 64, 2A, 200067254, region:75) or 2 to 100 characters of a name (billere).")] string? q,
        [Description("Only territories of this kind: commune, epci, department or region.")] string? kind,
        [Description("How many territories, 1 to 100 (default 20).")] int? limit,
        HttpContext context,
        TerritoryLookup territories,
        CancellationToken cancellationToken)
    {
        if (q is null || q.Trim().Length is < QueryMinLength or > QueryMaxLength)
        {
            return Problems.Invalid("q", $"q is required: {QueryMinLength} to {QueryMaxLength} characters of a territory's name or code (e.g. q=billere, q=64140).");
        }

        if (TextSearch.Normalize(q).Length < QueryMinLength)
        {
            return Problems.Invalid("q", $"q needs at least {QueryMinLength} letters or digits.");
        }

        TerritoryKind? territoryKind = null;
        if (kind is not null)
        {
            if (!ApiEnum<TerritoryKind>.TryParse(kind, out var parsed))
            {
                return InvalidKind(kind);
            }

            territoryKind = parsed;
        }

        if (!PageCursor.TryGetLimit(limit, out var count))
        {
            return Problems.InvalidLimit();
        }

        var found = await territories.SearchAsync(q, territoryKind, count, cancellationToken);
        return Reference(context, new TerritoryMatches(await ToResponsesAsync(found, territories, cancellationToken)));
    }

    /// <summary>Territories change only with the yearly import: any cache may keep them an hour, and revalidate with a 304.</summary>
    private static Results<Ok<T>, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult> Reference<T>(HttpContext context, T content) =>
        HttpCaching.IsNotModified(context, HttpCaching.ContentTag(content), HttpCaching.Reference)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(content);

    private static TerritoryReference? ReadReference(string kind, string code) =>
        ApiEnum<TerritoryKind>.TryParse(kind, out var territoryKind) && TerritoryReference.IsWellFormed(territoryKind, code)
            ? new TerritoryReference(territoryKind, code)
            : null;

    private static ValidationProblem InvalidReference(string kind, string code) =>
        ApiEnum<TerritoryKind>.TryParse(kind, out var territoryKind)
            ? Problems.Invalid("code", $"'{code}' is not {CodeFormat(territoryKind)}.")
            : InvalidKind(kind);

    private static ValidationProblem InvalidKind(string kind) =>
        Problems.Invalid("kind", $"'{kind}' is not a territory kind; use one of: {string.Join(", ", ApiEnum<TerritoryKind>.Names)}.");

    private static string CodeFormat(TerritoryKind kind) => kind switch
    {
        TerritoryKind.Commune => "an INSEE commune code (5 characters, e.g. 64129 or 2A004)",
        TerritoryKind.Department => "a department code (e.g. 64, 2A or 974)",
        TerritoryKind.Region => "a region code (2 or 3 digits, e.g. 75)",
        _ => "an EPCI's SIREN (9 digits, e.g. 200067254)",
    };

    private static async Task<List<TerritoryResponse>> ToResponsesAsync(List<Territory> found, TerritoryLookup territories, CancellationToken cancellationToken)
    {
        var parents = await territories.FindParentsAsync(found, cancellationToken);
        return found.Select(territory => TerritoryResponse.From(territory, parents[territory.ToReference()])).ToList();
    }
}
