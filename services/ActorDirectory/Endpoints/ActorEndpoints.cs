using System.Security.Claims;
using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Endpoints;

public static class ActorEndpoints
{
    private const string GetActorRoute = "GetActor";

    public static IEndpointRouteBuilder MapActorEndpoints(this IEndpointRouteBuilder app)
    {
        var actors = app.MapGroup("/actors").WithTags("Actors");

        actors.MapGet("/", ListActors).WithName("ListActors");
        actors.MapGet("/{id:guid}", GetActor).WithName(GetActorRoute);
        actors.MapPost("/", RegisterActor).WithName("RegisterActor").RequireAuthorization();

        return app;
    }

    public static async Task<Results<Ok<Page<ActorResponse>>, ValidationProblem, ProblemHttpResult>> ListActors(
        DirectoryDbContext db,
        string? territory,
        string? kind,
        int? limit,
        string? cursor,
        CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var query = db.Actors.AsNoTracking();
        if (cursor is not null)
        {
            if (!PageCursor.TryDecode(cursor, 1, out var keys) || !Guid.TryParse(keys[0], out var after))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(actor => actor.Id > after);
        }

        if (territory is not null)
        {
            query = query.Where(actor => actor.Location.CommuneCode == territory);
        }

        if (kind is not null)
        {
            if (!ApiEnum<ActorKind>.TryParse(kind, out var actorKind))
            {
                return Problems.Invalid("kind", $"'{kind}' is not an actor kind; use one of: {string.Join(", ", ApiEnum<ActorKind>.Names)}.");
            }

            query = query.Where(actor => actor.Kind == actorKind);
        }

        var page = await query.OrderBy(actor => actor.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var nextCursor = page.Count > pageSize ? PageCursor.Encode(page[pageSize - 1].Id.ToString()) : null;
        return TypedResults.Ok(new Page<ActorResponse>(page.Take(pageSize).Select(ActorResponse.From).ToList(), nextCursor));
    }

    public static async Task<Results<Ok<ActorResponse>, ProblemHttpResult>> GetActor(Guid id, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().SingleOrDefaultAsync(actor => actor.Id == id, cancellationToken);
        return actor is null
            ? Problems.NotFound($"No actor has the id {id}.")
            : TypedResults.Ok(ActorResponse.From(actor));
    }

    public static async Task<Results<CreatedAtRoute<ActorResponse>, ValidationProblem, ProblemHttpResult>> RegisterActor(
        RegisterActorRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TerritoryLookup territories,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!CommuneCode.IsValid(request.TerritoryCode))
        {
            return Problems.Invalid("territoryCode", $"'{request.TerritoryCode}' is not an INSEE commune code (5 characters, e.g. 64129).");
        }

        if (!TerritoryAuthorization.CanManage(user, request.TerritoryCode))
        {
            return Problems.Forbidden($"Only an admin or a coordinator of commune {request.TerritoryCode} or its department may register actors there.");
        }

        var location = await territories.LocateCommuneAsync(request.TerritoryCode, cancellationToken);
        if (location is null)
        {
            return Problems.Unprocessable($"No commune has the INSEE code {request.TerritoryCode}.");
        }

        var actor = new Actor(request.Name.Trim(), request.Kind!.Value, location, clock.GetDatabaseNow());
        actor.Describe(request.Description?.Trim());
        db.Actors.Add(actor);
        db.AddIntegrationEvent(new ActorRegistered(
            actor.Id, actor.Name, ApiEnum<ActorKind>.NameOf(actor.Kind), actor.Location.CommuneCode, ApiEnum<ActorStatus>.NameOf(actor.Status), actor.CreatedAt));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.CreatedAtRoute(ActorResponse.From(actor), GetActorRoute, new { id = actor.Id });
    }
}
