using System.Security.Claims;
using EventsCalendar.Data;
using EventsCalendar.Domain.Programmes;
using EventsCalendar.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace EventsCalendar.Endpoints;

/// <summary>Territorial programmes: declared by the territory's coordinators or the coordinating actor's members, read by anyone.</summary>
public static class ProgrammeEndpoints
{
    private const string GetProgrammeRoute = "GetProgramme";

    public static IEndpointRouteBuilder MapProgrammeEndpoints(this IEndpointRouteBuilder app)
    {
        var programmes = app.MapGroup("/programmes").WithTags("Programmes");
        programmes.MapGet("/{id:guid}", GetProgramme).WithName(GetProgrammeRoute).AllowAnonymous();
        programmes.MapPost("/", CreateProgramme).WithName("CreateProgramme").RequireAuthorization();
        var editionProgrammes = app.MapGroup("/editions/{year:int}/programmes").WithTags("Programmes").AllowAnonymous();
        editionProgrammes.MapGet("/", ListProgrammes).WithName("ListProgrammes");
        editionProgrammes.MapGet("/{territory}", GetTerritoryProgramme).WithName("GetTerritoryProgramme");
        return app;
    }

    public static async Task<Results<Ok<Page<ProgrammeResponse>>, StatusCodeHttpResult, ProblemHttpResult>> ListProgrammes(
        int year, int? limit, string? cursor, HttpContext context, ClaimsPrincipal user, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var query = db.Programmes.AsNoTracking().Where(programme => programme.EditionYear == year);
        if (cursor is not null)
        {
            if (!PageCursor.TryDecode(cursor, 2, out var keys) || !Guid.TryParse(keys[1], out var afterId))
            {
                return Problems.InvalidCursor();
            }

            var afterName = keys[0];
            query = query.Where(programme => EF.Functions.GreaterThan(
                ValueTuple.Create(programme.Name, programme.Id), ValueTuple.Create(afterName, afterId)));
        }

        var page = await query.OrderBy(programme => programme.Name).ThenBy(programme => programme.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        if (page.Count == 0 && !await db.Editions.AnyAsync(edition => edition.Year == year, cancellationToken))
        {
            return Problems.NotFound($"No edition is declared for {year}.");
        }

        var last = page.Count > pageSize ? page[pageSize - 1] : null;
        var result = new Page<ProgrammeResponse>(
            page.Take(pageSize).Select(programme => ProgrammeResponse.From(programme, programme.IsCoordinatedBy(user))).ToList(),
            last is null ? null : PageCursor.Encode(last.Name, last.Id.ToString()));
        var cacheControl = result.Items.Any(programme => programme.Coordinators is not null) ? HttpCaching.PrivateRevalidate : HttpCaching.ShortLived;
        return HttpCaching.IsNotModified(context, HttpCaching.ContentTag(result), cacheControl)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(result);
    }

    public static async Task<Results<Ok<ProgrammeResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetProgramme(
        Guid id, HttpContext context, ClaimsPrincipal user, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(programme => programme.Id == id, cancellationToken);
        return programme is null
            ? Problems.NotFound($"No programme has the id {id}.")
            : Answer(programme, context, user);
    }

    /// <summary>The programme declared for exactly this territory (<c>department:64</c>) in the edition: one at most.</summary>
    public static async Task<Results<Ok<ProgrammeResponse>, StatusCodeHttpResult, ProblemHttpResult>> GetTerritoryProgramme(
        int year, string territory, HttpContext context, ClaimsPrincipal user, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (!TerritoryReference.TryParse(territory, out var reference))
        {
            return Problems.InvalidTerritory(territory);
        }

        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(programme =>
            programme.EditionYear == year && programme.TerritoryKind == reference.Kind && programme.TerritoryCode == reference.Code, cancellationToken);
        if (programme is not null)
        {
            return Answer(programme, context, user);
        }

        return await db.Editions.AnyAsync(edition => edition.Year == year, cancellationToken)
            ? Problems.NotFound($"No programme is declared for {reference} in the {year} edition.")
            : Problems.NotFound($"No edition is declared for {year}.");
    }

    private static Results<Ok<ProgrammeResponse>, StatusCodeHttpResult, ProblemHttpResult> Answer(Programme programme, HttpContext context, ClaimsPrincipal user)
    {
        var showCoordinators = programme.IsCoordinatedBy(user);
        return HttpCaching.IsNotModified(context, EntityTags.Of(programme.Version), showCoordinators ? HttpCaching.PrivateRevalidate : HttpCaching.Revalidate)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(ProgrammeResponse.From(programme, showCoordinators));
    }

    public static async Task<Results<CreatedAtRoute<ProgrammeResponse>, ValidationProblem, ProblemHttpResult>> CreateProgramme(
        CreateProgrammeRequest request, ClaimsPrincipal user, CalendarDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!TerritoryReference.TryParse(request.Territory, out var territory))
        {
            return Problems.Invalid("territory", $"'{request.Territory}' is not a territory: expected {TerritoryReference.Expected}.");
        }

        var coordinators = (request.Coordinators ?? []).Select(coordinator => coordinator.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (coordinators.Any(coordinator => coordinator.Length is 0 or > Programme.CoordinatorMaxLength))
        {
            return Problems.Invalid("coordinators", $"Each coordinator is an account's subject of 1 to {Programme.CoordinatorMaxLength} characters.");
        }

        var edition = await db.Editions.AsNoTracking().SingleOrDefaultAsync(edition => edition.Year == request.EditionYear, cancellationToken);
        if (edition is null)
        {
            return Problems.Unprocessable($"No edition is declared for {request.EditionYear}: an admin declares it first (PUT /editions/{request.EditionYear}).");
        }

        if (Programme.CheckPeriod(edition, request.StartsOn!.Value, request.EndsOn!.Value) is { } invalidPeriod)
        {
            return Problems.Invalid("startsOn", invalidPeriod);
        }

        var actor = await db.Organisers.AsNoTracking().SingleOrDefaultAsync(organiser => organiser.ActorId == request.CoordinatingActorId, cancellationToken);
        if (actor is null || !actor.IsActive)
        {
            return Problems.Unprocessable(actor is null
                ? $"The coordinating actor {request.CoordinatingActorId} is not a known actor: register it in the actor directory first."
                : $"The coordinating actor {actor.Name} is archived in the actor directory.");
        }

        if (!territory.Contains(actor.Location))
        {
            return Problems.Unprocessable($"{actor.Name} is based in commune {actor.Location.CommuneCode}, outside {territory}: a programme is coordinated from within its territory.");
        }

        if (!user.IsAdmin() && !(user.IsInRole(SsiRoles.Coordinator) && user.Covers(territory)) && !user.ActsFor(actor.ActorId))
        {
            return Problems.Forbidden($"Only an admin, a coordinator of {territory} or a member of {actor.Name} may declare this programme.");
        }

        var programme = new Programme(edition, territory, request.Name.Trim(), actor, request.LocalTheme?.Trim(),
            request.StartsOn.Value, request.EndsOn.Value, request.RequiresModeration, coordinators, clock.GetDatabaseNow());
        db.Programmes.Add(programme);
        db.AddIntegrationEvent(ProgrammeMessages.Declared(programme, edition, actor, programme.CreatedAt));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { ConstraintName: ProgrammeConfiguration.OneProgrammePerTerritoryIndex })
        {
            return Problems.Conflict($"{territory} already has a programme for the {edition.Year} edition.");
        }

        return TypedResults.CreatedAtRoute(ProgrammeResponse.From(programme, showCoordinators: true), GetProgrammeRoute, new { id = programme.Id });
    }
}
