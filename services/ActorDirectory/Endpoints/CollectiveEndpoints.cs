using System.Security.Claims;
using ActorDirectory.Domain.Authorization;
using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Collectives;
using ActorDirectory.Domain.Territories;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Endpoints;

/// <summary>Collectives of a territory for an edition, like Billère's open collective.</summary>
public static class CollectiveEndpoints
{
    public const string GetCollectiveRoute = "GetCollective";

    public static IEndpointRouteBuilder MapCollectiveEndpoints(this IEndpointRouteBuilder app)
    {
        var collectives = app.MapGroup("/collectives").WithTags("Collectives");
        collectives.MapGet("/", ListCollectives).WithName("ListCollectives").AllowAnonymous();
        collectives.MapGet("/{id:guid}", GetCollective).WithName(GetCollectiveRoute).AllowAnonymous();
        collectives.MapPost("/", CreateCollective).WithName("CreateCollective").RequireAuthorization();
        collectives.MapCollectiveMembers();
        collectives.MapCollectiveWorkingGroups();
        return app;
    }

    public static async Task<Results<CreatedAtRoute<CollectiveSummary>, ValidationProblem, ProblemHttpResult>> CreateCollective(
        CreateCollectiveRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TerritoryLookup territories,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!CommuneCode.IsValid(request.CommuneCode))
        {
            return Problems.Invalid("communeCode", $"'{request.CommuneCode}' is not an INSEE commune code (5 characters, e.g. 64129).");
        }

        if (await territories.LocateCommuneAsync(request.CommuneCode, cancellationToken) is not { } location)
        {
            return Problems.Unprocessable($"No commune has the INSEE code {request.CommuneCode}.");
        }

        var coordinatorId = request.CoordinatorActorId!.Value;
        if (!CollectiveAccess.CanManage(user, coordinatorId, location))
        {
            return Problems.Forbidden($"Only the members of actor {coordinatorId}, a coordinator of a territory containing commune {request.CommuneCode} or an admin may create this collective.");
        }

        if (!await db.Actors.AnyAsync(actor => actor.Id == coordinatorId && actor.Status == ActorStatus.Active, cancellationToken))
        {
            return Problems.Unprocessable($"No active actor has the id {coordinatorId}.");
        }

        var collective = new Collective(request.Name.Trim(), coordinatorId, location, request.Edition!.Value, clock.GetDatabaseNow())
        {
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
        };
        db.Collectives.Add(collective);
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.CreatedAtRoute(CollectiveSummary.From(collective), GetCollectiveRoute, new { id = collective.Id });
    }

    public static async Task<Results<Ok<Page<CollectiveSummary>>, ValidationProblem, ProblemHttpResult>> ListCollectives(
        string? commune,
        int? edition,
        int? limit,
        string? cursor,
        DirectoryDbContext db,
        CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var query = db.Collectives.AsNoTracking();
        if (commune is not null)
        {
            if (!CommuneCode.IsValid(commune))
            {
                return Problems.Invalid("commune", $"'{commune}' is not an INSEE commune code (5 characters, e.g. 64129).");
            }

            query = query.Where(collective => collective.Location.CommuneCode == commune);
        }

        if (edition is not null)
        {
            if (edition is < Editions.First or > Editions.Last)
            {
                return Problems.Invalid("edition", $"edition must be a year between {Editions.First} and {Editions.Last}.");
            }

            query = query.Where(collective => collective.Edition == edition);
        }

        if (cursor is not null)
        {
            if (!PageCursor.TryDecodeId(cursor, out var after))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(collective => collective.Id > after);
        }

        var page = await query.OrderBy(collective => collective.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var nextCursor = page.Count > pageSize ? PageCursor.Encode(page[pageSize - 1].Id.ToString()) : null;
        return TypedResults.Ok(new Page<CollectiveSummary>(page.Take(pageSize).Select(CollectiveSummary.From).ToList(), nextCursor));
    }

    /// <summary>The collective with its members (current and past) and working groups.</summary>
    public static async Task<Results<Ok<CollectiveResponse>, ProblemHttpResult>> GetCollective(
        Guid id, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var collective = await db.Collectives.AsNoTracking()
            .Include(collective => collective.Members)
            .Include(collective => collective.WorkingGroups)
            .AsSplitQuery()
            .SingleOrDefaultAsync(collective => collective.Id == id, cancellationToken);
        if (collective is null)
        {
            return UnknownCollective(id);
        }

        var actorNames = await ActorNamesAsync(db, collective.Members.Select(member => member.ActorId).Append(collective.CoordinatorActorId), cancellationToken);
        var communeName = await db.Territories
            .Where(territory => territory.Kind == TerritoryKind.Commune && territory.Code == collective.Location.CommuneCode)
            .Select(territory => territory.Name)
            .SingleAsync(cancellationToken);
        var showCitizenNames = CollectiveAccess.CanManage(user, collective);
        var memberships = collective.Members
            .OrderBy(member => member.JoinedOn).ThenBy(member => member.Id)
            .Select(member => (member.LeftOn, Response: CollectiveMemberResponse.From(member, actorNames, showCitizenNames)))
            .ToList();

        return TypedResults.Ok(new CollectiveResponse(
            collective.Id,
            collective.Name,
            collective.Description,
            collective.CoordinatorActorId,
            actorNames[collective.CoordinatorActorId],
            collective.Location.CommuneCode,
            communeName,
            collective.Edition,
            memberships.Where(membership => membership.LeftOn is null).Select(membership => membership.Response).ToList(),
            memberships.Where(membership => membership.LeftOn is not null).Select(membership => membership.Response).ToList(),
            collective.WorkingGroups.OrderBy(group => group.Id).Select(WorkingGroupResponse.From).ToList(),
            collective.CreatedAt,
            collective.UpdatedAt));
    }

    internal static async Task<IReadOnlyDictionary<Guid, string>> ActorNamesAsync(
        DirectoryDbContext db, IEnumerable<Guid?> actorIds, CancellationToken cancellationToken)
    {
        var ids = actorIds.OfType<Guid>().Distinct().ToList();
        return await db.Actors.Where(actor => ids.Contains(actor.Id)).ToDictionaryAsync(actor => actor.Id, actor => actor.Name, cancellationToken);
    }

    internal static ProblemHttpResult UnknownCollective(Guid id) => Problems.NotFound($"No collective has the id {id}.");

    /// <summary>
    /// Every change to a collective's members or groups also touches the collective's row, whose
    /// version then orders them: of two changes at the same time, the second answers this.
    /// </summary>
    internal static ProblemHttpResult ChangedMeanwhile(Guid id) =>
        Problems.Conflict($"Collective {id} changed at the same time; read it again and retry.");
}
