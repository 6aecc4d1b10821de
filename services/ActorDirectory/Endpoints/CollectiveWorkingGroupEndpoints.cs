using System.Security.Claims;
using ActorDirectory.Domain.Authorization;
using ActorDirectory.Data;
using ActorDirectory.Domain.Collectives;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Endpoints;

/// <summary>Small working groups of a collective, each led by a member organisation ("chef de file").</summary>
public static class CollectiveWorkingGroupEndpoints
{
    public const string GetWorkingGroupRoute = "GetWorkingGroup";

    public static RouteGroupBuilder MapCollectiveWorkingGroups(this RouteGroupBuilder collectives)
    {
        collectives.MapGet("/{id:guid}/working-groups", ListWorkingGroups).WithName("ListWorkingGroups").AllowAnonymous();
        collectives.MapGet("/{id:guid}/working-groups/{groupId:guid}", GetWorkingGroup).WithName(GetWorkingGroupRoute).AllowAnonymous();
        collectives.MapPost("/{id:guid}/working-groups", CreateWorkingGroup).WithName("CreateWorkingGroup").RequireAuthorization();
        collectives.MapPut("/{id:guid}/working-groups/{groupId:guid}/members/{actorId:guid}", AddGroupMember).WithName("AddWorkingGroupMember").RequireAuthorization();
        collectives.MapDelete("/{id:guid}/working-groups/{groupId:guid}/members/{actorId:guid}", RemoveGroupMember).WithName("RemoveWorkingGroupMember").RequireAuthorization();
        return collectives;
    }

    public static async Task<Results<Ok<Page<WorkingGroupResponse>>, ProblemHttpResult>> ListWorkingGroups(
        Guid id, int? limit, string? cursor, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        if (!await db.Collectives.AnyAsync(collective => collective.Id == id, cancellationToken))
        {
            return CollectiveEndpoints.UnknownCollective(id);
        }

        var query = db.Set<WorkingGroup>().AsNoTracking().Where(group => group.CollectiveId == id);
        if (cursor is not null)
        {
            if (!PageCursor.TryDecodeId(cursor, out var after))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(group => group.Id > after);
        }

        var page = await query.OrderBy(group => group.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var nextCursor = page.Count > pageSize ? PageCursor.Encode(page[pageSize - 1].Id.ToString()) : null;
        return TypedResults.Ok(new Page<WorkingGroupResponse>(page.Take(pageSize).Select(WorkingGroupResponse.From).ToList(), nextCursor));
    }

    public static async Task<Results<Ok<WorkingGroupResponse>, ProblemHttpResult>> GetWorkingGroup(
        Guid id, Guid groupId, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var group = await db.Set<WorkingGroup>().AsNoTracking().SingleOrDefaultAsync(group => group.Id == groupId && group.CollectiveId == id, cancellationToken);
        return group is null ? UnknownGroup(id, groupId) : TypedResults.Ok(WorkingGroupResponse.From(group));
    }

    /// <summary>The lead organisation must be a current member actor of the collective (422 otherwise).</summary>
    public static async Task<Results<CreatedAtRoute<WorkingGroupResponse>, ValidationProblem, ProblemHttpResult>> CreateWorkingGroup(
        Guid id,
        CreateWorkingGroupRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var collective = await db.Collectives.SingleOrDefaultAsync(collective => collective.Id == id, cancellationToken);
        if (collective is null)
        {
            return CollectiveEndpoints.UnknownCollective(id);
        }

        if (!CollectiveAccess.CanManage(user, collective))
        {
            return Refused(id);
        }

        var leadActorId = request.LeadActorId!.Value;
        if (!await IsCurrentMemberAsync(db, id, leadActorId, cancellationToken))
        {
            return NotAMember(leadActorId);
        }

        var group = new WorkingGroup(id, request.Name.Trim(), leadActorId)
        {
            Purpose = string.IsNullOrWhiteSpace(request.Purpose) ? null : request.Purpose.Trim(),
            MemberActorIds = [leadActorId],
        };
        db.Set<WorkingGroup>().Add(group);
        if (await SaveAsync(collective, clock, db, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        return TypedResults.CreatedAtRoute(WorkingGroupResponse.From(group), GetWorkingGroupRoute, new { id, groupId = group.Id });
    }

    /// <summary>Adds a current member actor of the collective to the group; adding it again changes nothing.</summary>
    public static async Task<Results<Ok<WorkingGroupResponse>, ProblemHttpResult>> AddGroupMember(
        Guid id, Guid groupId, Guid actorId, ClaimsPrincipal user, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (collective, group, refusal) = await FindManagedGroupAsync(id, groupId, user, db, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!group!.MemberActorIds.Contains(actorId))
        {
            if (!await IsCurrentMemberAsync(db, id, actorId, cancellationToken))
            {
                return NotAMember(actorId);
            }

            group.MemberActorIds = [.. group.MemberActorIds, actorId];
            if (await SaveAsync(collective!, clock, db, cancellationToken) is { } conflict)
            {
                return conflict;
            }
        }

        return TypedResults.Ok(WorkingGroupResponse.From(group));
    }

    /// <summary>Takes an actor out of the group; the lead cannot be taken out (409).</summary>
    public static async Task<Results<Ok<WorkingGroupResponse>, ProblemHttpResult>> RemoveGroupMember(
        Guid id, Guid groupId, Guid actorId, ClaimsPrincipal user, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (collective, group, refusal) = await FindManagedGroupAsync(id, groupId, user, db, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (group!.LeadActorId == actorId)
        {
            return Problems.Conflict($"Actor {actorId} leads working group {groupId}; the lead stays in its group.");
        }

        if (group.MemberActorIds.Contains(actorId))
        {
            group.MemberActorIds = group.MemberActorIds.Where(memberActorId => memberActorId != actorId).ToList();
            if (await SaveAsync(collective!, clock, db, cancellationToken) is { } conflict)
            {
                return conflict;
            }
        }

        return TypedResults.Ok(WorkingGroupResponse.From(group));
    }

    private static async Task<(Collective? Collective, WorkingGroup? Group, ProblemHttpResult? Refusal)> FindManagedGroupAsync(
        Guid id, Guid groupId, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var collective = await db.Collectives.SingleOrDefaultAsync(collective => collective.Id == id, cancellationToken);
        var group = await db.Set<WorkingGroup>().SingleOrDefaultAsync(group => group.Id == groupId && group.CollectiveId == id, cancellationToken);
        if (collective is null || group is null)
        {
            return (null, null, UnknownGroup(id, groupId));
        }

        return CollectiveAccess.CanManage(user, collective)
            ? (collective, group, null)
            : (null, null, Refused(id));
    }

    /// <returns>A conflict when the collective changed at the same time, else null.</returns>
    private static async Task<ProblemHttpResult?> SaveAsync(Collective collective, TimeProvider clock, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        collective.UpdatedAt = clock.GetDatabaseNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CollectiveEndpoints.ChangedMeanwhile(collective.Id);
        }
    }

    private static Task<bool> IsCurrentMemberAsync(DirectoryDbContext db, Guid collectiveId, Guid actorId, CancellationToken cancellationToken) =>
        db.CollectiveMembers.AnyAsync(member => member.CollectiveId == collectiveId && member.ActorId == actorId && member.LeftOn == null, cancellationToken);

    private static ProblemHttpResult NotAMember(Guid actorId) =>
        Problems.Unprocessable($"Actor {actorId} is not a current member of the collective.");

    private static ProblemHttpResult Refused(Guid id) =>
        Problems.Forbidden($"Only those who manage collective {id} may organise its working groups.");

    private static ProblemHttpResult UnknownGroup(Guid id, Guid groupId) =>
        Problems.NotFound($"Collective {id} has no working group {groupId}.");
}
