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

/// <summary>Changing the directory: registering and editing actors.</summary>
public static class ActorCommandEndpoints
{
    public static RouteGroupBuilder MapActorCommands(this RouteGroupBuilder actors)
    {
        actors.MapPost("/", RegisterActor).WithName("RegisterActor").RequireAuthorization();
        return actors;
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

        return TypedResults.CreatedAtRoute(ActorResponse.From(actor), ActorEndpoints.GetActorRoute, new { id = actor.Id });
    }
}
