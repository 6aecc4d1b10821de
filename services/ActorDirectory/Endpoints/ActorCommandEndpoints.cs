using System.Security.Claims;
using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Authorization;
using ActorDirectory.Domain.Territories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Endpoints;

/// <summary>Changing the directory: registering, editing and archiving actors.</summary>
public static class ActorCommandEndpoints
{
    public static RouteGroupBuilder MapActorCommands(this RouteGroupBuilder actors)
    {
        actors.MapPost("/", RegisterActor).WithName("RegisterActor")
            .WithSummary("Register an actor")
            .WithDescription("For admins and the coordinators of a territory containing the actor's commune. Answers 409 with existingActorId when another actor has the same SIREN or RNA number.")
            .RequireAuthorization();
        actors.MapPut("/{id:guid}", UpdateActor).WithName("UpdateActor")
            .WithSummary("Replace an actor's profile")
            .WithDescription("For admins, the actor's members and the coordinators of its territory. Requires If-Match with the actor's ETag: 428 without it, 412 when the actor changed since.")
            .RequireAuthorization();
        actors.MapPost("/{id:guid}/archive", ArchiveActor).WithName("ArchiveActor")
            .WithSummary("Archive an actor")
            .WithDescription("The actor stays readable with status archived and can no longer be edited; 409 when it already is archived.")
            .RequireAuthorization();
        return actors;
    }

    public static async Task<Results<CreatedAtRoute<ActorResponse>, ValidationProblem, ProblemHttpResult>> RegisterActor(
        ActorProfileRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TerritoryLookup territories,
        TimeProvider clock,
        LinkGenerator links,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        if (!request.TryGetProfile(out var profile, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var location = await territories.LocateCommuneAsync(request.TerritoryCode, cancellationToken);
        if (location is null)
        {
            return UnknownCommune(request.TerritoryCode);
        }

        if (!ActorAccess.CanRegisterIn(user, location))
        {
            return Problems.Forbidden($"Only an admin or a coordinator of a territory containing commune {location.CommuneCode} may register actors there.");
        }

        if (await CheckReferencesAsync(db, profile, Guid.Empty, links, http, cancellationToken) is { } problem)
        {
            return problem;
        }

        var actor = Actor.Register(profile, location, clock.GetDatabaseNow());
        db.Actors.Add(actor);
        db.AddIntegrationEvent(ActorIntegrationEvents.Registered(actor));
        if (await SaveAsync(db, profile, actor.Id, links, http, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        http.Response.SetETag(actor.Version);
        return TypedResults.CreatedAtRoute(ActorResponse.From(actor), ActorEndpoints.GetActorRoute, new { id = actor.Id });
    }

    public static async Task<Results<Ok<ActorResponse>, ValidationProblem, ProblemHttpResult>> UpdateActor(
        Guid id,
        ActorProfileRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TerritoryLookup territories,
        TimeProvider clock,
        LinkGenerator links,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var actor = await db.Actors.SingleOrDefaultAsync(actor => actor.Id == id, cancellationToken);
        if (actor is null)
        {
            return Problems.NotFound($"No actor has the id {id}.");
        }

        if (!ActorAccess.CanManage(user, actor))
        {
            return Problems.Forbidden($"Only an admin, a member of '{actor.Name}' or a coordinator of a territory containing commune {actor.Location.CommuneCode} may edit it.");
        }

        if (EntityTags.CheckIfMatch(ifMatch, actor.Version, "actor") is { } precondition)
        {
            return precondition;
        }

        if (actor.Status == ActorStatus.Archived)
        {
            return Problems.Conflict($"'{actor.Name}' is archived: its profile can no longer change.");
        }

        if (!request.TryGetProfile(out var profile, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var location = await territories.LocateCommuneAsync(request.TerritoryCode, cancellationToken);
        if (location is null)
        {
            return UnknownCommune(request.TerritoryCode);
        }

        if (location.CommuneCode != actor.Location.CommuneCode && !ActorAccess.CanMove(user, actor, location))
        {
            return Problems.Forbidden($"Only an admin, a member of '{actor.Name}' or a coordinator of a territory containing commune {location.CommuneCode} may move it there.");
        }

        if (await CheckReferencesAsync(db, profile, actor.Id, links, http, cancellationToken) is { } problem)
        {
            return problem;
        }

        actor.Edit(profile, location, clock.GetDatabaseNow());
        db.AddIntegrationEvent(ActorIntegrationEvents.Updated(actor));
        if (await SaveAsync(db, profile, actor.Id, links, http, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        http.Response.SetETag(actor.Version);
        return TypedResults.Ok(ActorResponse.From(actor));
    }

    public static async Task<Results<Ok<ActorResponse>, ProblemHttpResult>> ArchiveActor(
        Guid id,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var actor = await db.Actors.SingleOrDefaultAsync(actor => actor.Id == id, cancellationToken);
        if (actor is null)
        {
            return Problems.NotFound($"No actor has the id {id}.");
        }

        if (!ActorAccess.CanManage(user, actor))
        {
            return Problems.Forbidden($"Only an admin, a member of '{actor.Name}' or a coordinator of a territory containing commune {actor.Location.CommuneCode} may archive it.");
        }

        if (!actor.Archive(clock.GetDatabaseNow()))
        {
            return Problems.Conflict($"'{actor.Name}' was already archived on {actor.ArchivedAt:yyyy-MM-dd}.");
        }

        db.AddIntegrationEvent(ActorIntegrationEvents.Archived(actor));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict($"'{actor.Name}' changed while it was being archived: send the request again.");
        }

        http.Response.SetETag(actor.Version);
        return TypedResults.Ok(ActorResponse.From(actor));
    }

    private static ProblemHttpResult UnknownCommune(string code) =>
        Problems.Unprocessable($"No commune has the INSEE code {code}.");

    /// <summary>The served territories must exist, and no other actor may have the same SIREN or RNA number.</summary>
    private static async Task<ProblemHttpResult?> CheckReferencesAsync(DirectoryDbContext db, ActorProfile profile, Guid actorId, LinkGenerator links, HttpContext http, CancellationToken cancellationToken)
    {
        if (profile.ServedAreas.Count > 0)
        {
            var codes = profile.ServedAreas.Select(area => area.Code).Distinct().ToList();
            var known = await db.Territories.AsNoTracking()
                .Where(territory => codes.Contains(territory.Code))
                .Select(territory => new TerritoryReference(territory.Kind, territory.Code))
                .ToListAsync(cancellationToken);
            var unknown = profile.ServedAreas.Except(known).ToList();
            if (unknown.Count > 0)
            {
                return Problems.Unprocessable($"No territory matches {string.Join(", ", unknown)}.");
            }
        }

        return await DuplicateIdentifierAsync(db, profile, actorId, links, http, cancellationToken);
    }

    private static async Task<ProblemHttpResult?> DuplicateIdentifierAsync(DirectoryDbContext db, ActorProfile profile, Guid actorId, LinkGenerator links, HttpContext http, CancellationToken cancellationToken)
    {
        if (profile.Siren is null && profile.Rna is null)
        {
            return null;
        }

        var existing = await db.Actors.AsNoTracking()
            .Where(other => other.Id != actorId && ((profile.Siren != null && other.Siren == profile.Siren) || (profile.Rna != null && other.Rna == profile.Rna)))
            .Select(other => new { other.Id, other.Name, other.Siren })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is null)
        {
            return null;
        }

        var identifier = existing.Siren is not null && existing.Siren == profile.Siren ? $"SIREN {profile.Siren}" : $"RNA number {profile.Rna}";
        var link = links.GetPathByName(http, ActorEndpoints.GetActorRoute, new { id = existing.Id });
        return TypedResults.Problem(
            $"Another actor, '{existing.Name}', already has {identifier}: see {link}.",
            statusCode: StatusCodes.Status409Conflict,
            title: "Conflict",
            extensions: new Dictionary<string, object?> { ["existingActorId"] = existing.Id, ["existingActor"] = link });
    }

    /// <summary>Saves, turning what a concurrent write can cause into the problem to answer.</summary>
    private static async Task<ProblemHttpResult?> SaveAsync(DirectoryDbContext db, ActorProfile profile, Guid actorId, LinkGenerator links, HttpContext http, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntityTags.Stale("actor");
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another request took the same SIREN or RNA number between our check and our commit.
            return await DuplicateIdentifierAsync(db, profile, actorId, links, http, cancellationToken)
                ?? Problems.Conflict("Another actor took the same SIREN or RNA number at the same moment.");
        }
    }
}
