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

/// <summary>Reading the directory: what the public and the networks see.</summary>
public static class ActorQueryEndpoints
{
    public static RouteGroupBuilder MapActorQueries(this RouteGroupBuilder actors)
    {
        actors.MapGet("/", ListActors).WithName("ListActors");
        actors.MapGet("/{id:guid}", GetActor).WithName(ActorEndpoints.GetActorRoute);
        return actors;
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
}
