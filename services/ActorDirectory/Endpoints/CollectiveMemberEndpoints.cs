using System.Globalization;
using System.Security.Claims;
using ActorDirectory.Domain.Authorization;
using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Collectives;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Endpoints;

/// <summary>
/// Members joining and leaving a collective at any time, signing the charter, taking roles. Every
/// change is announced with <see cref="CollectiveMembershipChanged"/>.
/// </summary>
public static class CollectiveMemberEndpoints
{
    public const string GetMemberRoute = "GetCollectiveMember";
    private const string OneOpenMembershipIndex = "ix_collective_members_one_open_membership";

    public static RouteGroupBuilder MapCollectiveMembers(this RouteGroupBuilder collectives)
    {
        collectives.MapGet("/{id:guid}/members", ListMembers).WithName("ListCollectiveMembers").AllowAnonymous();
        collectives.MapGet("/{id:guid}/members/{memberId:guid}", GetMember).WithName(GetMemberRoute).AllowAnonymous();
        collectives.MapPost("/{id:guid}/members", Join).WithName("JoinCollective").RequireAuthorization();
        collectives.MapPost("/{id:guid}/members/{memberId:guid}/leave", Leave).WithName("LeaveCollective").RequireAuthorization();
        collectives.MapPost("/{id:guid}/members/{memberId:guid}/charter", SignCharter).WithName("SignCollectiveCharter").RequireAuthorization();
        collectives.MapPut("/{id:guid}/members/{memberId:guid}/roles", AssignRoles).WithName("AssignCollectiveRoles").RequireAuthorization();
        return collectives;
    }

    /// <param name="on">A day (yyyy-MM-dd): who was a member that day. Without it: the current members.</param>
    public static async Task<Results<Ok<Page<CollectiveMemberResponse>>, ValidationProblem, ProblemHttpResult>> ListMembers(
        Guid id,
        string? on,
        int? limit,
        string? cursor,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var collective = await db.Collectives.AsNoTracking().SingleOrDefaultAsync(collective => collective.Id == id, cancellationToken);
        if (collective is null)
        {
            return CollectiveEndpoints.UnknownCollective(id);
        }

        var query = db.CollectiveMembers.AsNoTracking().Where(member => member.CollectiveId == id);
        if (on is null)
        {
            query = query.Where(member => member.LeftOn == null);
        }
        else if (DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            query = query.Where(CollectiveMember.CountedOn(day));
        }
        else
        {
            return Problems.Invalid("on", $"'{on}' is not a date: use yyyy-MM-dd, e.g. 2026-11-15.");
        }

        if (cursor is not null)
        {
            if (!PageCursor.TryDecodeId(cursor, out var after))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(member => member.Id > after);
        }

        var page = await query.OrderBy(member => member.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var members = page.Take(pageSize).ToList();
        var actorNames = await CollectiveEndpoints.ActorNamesAsync(db, members.Select(member => member.ActorId), cancellationToken);
        var showCitizenNames = CollectiveAccess.CanManage(user, collective);
        var nextCursor = page.Count > pageSize ? PageCursor.Encode(page[pageSize - 1].Id.ToString()) : null;
        return TypedResults.Ok(new Page<CollectiveMemberResponse>(
            members.Select(member => CollectiveMemberResponse.From(member, actorNames, showCitizenNames)).ToList(), nextCursor));
    }

    public static async Task<Results<Ok<CollectiveMemberResponse>, ProblemHttpResult>> GetMember(
        Guid id, Guid memberId, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var collective = await db.Collectives.AsNoTracking().SingleOrDefaultAsync(collective => collective.Id == id, cancellationToken);
        var member = await db.CollectiveMembers.AsNoTracking().SingleOrDefaultAsync(member => member.Id == memberId && member.CollectiveId == id, cancellationToken);
        if (collective is null || member is null)
        {
            return UnknownMember(id, memberId);
        }

        return TypedResults.Ok(await RespondAsync(member, collective, user, db, cancellationToken));
    }

    /// <summary>
    /// An actor (or a citizen) joins on a day. An actor has one open membership at a time (409),
    /// and joins again no earlier than it last left (400): the history never overlaps.
    /// </summary>
    public static async Task<Results<CreatedAtRoute<CollectiveMemberResponse>, ValidationProblem, ProblemHttpResult>> Join(
        Guid id,
        JoinCollectiveRequest request,
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

        if (!CollectiveAccess.CanHandleMembership(user, collective, request.ActorId))
        {
            return Problems.Forbidden(request.ActorId is { } joiner
                ? $"Only the members of actor {joiner} or those who manage collective {id} may make it join."
                : $"Only those who manage collective {id} may add a citizen.");
        }

        var joinedOn = request.JoinedOn!.Value;
        if (request.ActorId is { } actorId)
        {
            if (!await db.Actors.AnyAsync(actor => actor.Id == actorId && actor.Status == ActorStatus.Active, cancellationToken))
            {
                return Problems.Unprocessable($"No active actor has the id {actorId}.");
            }

            var history = await db.CollectiveMembers.AsNoTracking()
                .Where(member => member.CollectiveId == id && member.ActorId == actorId)
                .ToListAsync(cancellationToken);
            if (history.FirstOrDefault(member => member.LeftOn is null) is { } open)
            {
                return AlreadyMember(actorId, open.Id);
            }

            if (history.Max(member => member.LeftOn) is { } lastLeftOn && joinedOn < lastLeftOn)
            {
                return Problems.Invalid("joinedOn", $"Actor {actorId} left the collective on {lastLeftOn:yyyy-MM-dd}; it can join again from that day on.");
            }
        }

        var now = clock.GetDatabaseNow();
        var member = new CollectiveMember(id, request.ActorId, request.ActorId is null ? request.CitizenName!.Trim() : null, joinedOn);
        member.AssignRoles(request.Roles ?? []);
        db.CollectiveMembers.Add(member);
        collective.UpdatedAt = now;
        db.AddIntegrationEvent(CollectiveIntegrationEvents.MembershipChanged(member, MembershipChange.Joined, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.Violates(OneOpenMembershipIndex))
        {
            return AlreadyMember(request.ActorId!.Value, null);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CollectiveEndpoints.ChangedMeanwhile(id);
        }

        return TypedResults.CreatedAtRoute(
            await RespondAsync(member, collective, user, db, cancellationToken), GetMemberRoute, new { id, memberId = member.Id });
    }

    /// <summary>
    /// The member leaves on a day: the membership is kept, closed, in the history. It also leaves
    /// the working groups it does not lead.
    /// </summary>
    public static async Task<Results<Ok<CollectiveMemberResponse>, ValidationProblem, ProblemHttpResult>> Leave(
        Guid id,
        Guid memberId,
        LeaveCollectiveRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (collective, member, refusal) = await FindMembershipAsync(id, memberId, user, CollectiveAccess.CanHandleMembership, db, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var leftOn = request.LeftOn!.Value;
        if (leftOn < member!.JoinedOn)
        {
            return Problems.Invalid("leftOn", $"The member joined on {member.JoinedOn:yyyy-MM-dd}; it cannot leave before.");
        }

        member.LeftOn = leftOn;
        if (member.ActorId is { } actorId)
        {
            var groups = await db.Set<WorkingGroup>()
                .Where(group => group.CollectiveId == id && group.LeadActorId != actorId && group.MemberActorIds.Contains(actorId))
                .ToListAsync(cancellationToken);
            groups.ForEach(group => group.MemberActorIds = group.MemberActorIds.Where(memberActorId => memberActorId != actorId).ToList());
        }

        return await SaveChangeAsync(collective!, member, MembershipChange.Left, user, db, clock, cancellationToken);
    }

    public static async Task<Results<Ok<CollectiveMemberResponse>, ValidationProblem, ProblemHttpResult>> SignCharter(
        Guid id,
        Guid memberId,
        SignCharterRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (collective, member, refusal) = await FindMembershipAsync(id, memberId, user, CollectiveAccess.CanHandleMembership, db, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (member!.CharterSignedOn is { } signedOn)
        {
            return Problems.Conflict($"Membership {memberId} already signed the charter on {signedOn:yyyy-MM-dd}.");
        }

        member.CharterSignedOn = request.SignedOn!.Value;
        return await SaveChangeAsync(collective!, member, MembershipChange.CharterSigned, user, db, clock, cancellationToken);
    }

    /// <summary>Replaces the member's roles; only those who manage the collective share them out.</summary>
    public static async Task<Results<Ok<CollectiveMemberResponse>, ValidationProblem, ProblemHttpResult>> AssignRoles(
        Guid id,
        Guid memberId,
        AssignRolesRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (collective, member, refusal) = await FindMembershipAsync(id, memberId, user, (principal, target, _) => CollectiveAccess.CanManage(principal, target), db, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        member!.AssignRoles(request.Roles!);
        return await SaveChangeAsync(collective!, member, MembershipChange.RolesChanged, user, db, clock, cancellationToken);
    }

    /// <summary>Finds an open membership the user may change.</summary>
    private static async Task<(Collective? Collective, CollectiveMember? Member, ProblemHttpResult? Refusal)> FindMembershipAsync(
        Guid id,
        Guid memberId,
        ClaimsPrincipal user,
        Func<ClaimsPrincipal, Collective, Guid?, bool> mayChange,
        DirectoryDbContext db,
        CancellationToken cancellationToken)
    {
        var collective = await db.Collectives.SingleOrDefaultAsync(collective => collective.Id == id, cancellationToken);
        var member = await db.CollectiveMembers.SingleOrDefaultAsync(member => member.Id == memberId && member.CollectiveId == id, cancellationToken);
        if (collective is null || member is null)
        {
            return (null, null, UnknownMember(id, memberId));
        }

        if (!mayChange(user, collective, member.ActorId))
        {
            return (null, null, Problems.Forbidden($"You may not change membership {memberId} of collective {id}."));
        }

        return member.LeftOn is { } leftOn
            ? (null, null, Problems.Conflict($"Membership {memberId} ended on {leftOn:yyyy-MM-dd}; join again to open a new one."))
            : (collective, member, null);
    }

    private static async Task<Results<Ok<CollectiveMemberResponse>, ValidationProblem, ProblemHttpResult>> SaveChangeAsync(
        Collective collective,
        CollectiveMember member,
        MembershipChange change,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        collective.UpdatedAt = now;
        db.AddIntegrationEvent(CollectiveIntegrationEvents.MembershipChanged(member, change, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CollectiveEndpoints.ChangedMeanwhile(collective.Id);
        }

        return TypedResults.Ok(await RespondAsync(member, collective, user, db, cancellationToken));
    }

    private static async Task<CollectiveMemberResponse> RespondAsync(
        CollectiveMember member, Collective collective, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken cancellationToken) =>
        CollectiveMemberResponse.From(
            member,
            await CollectiveEndpoints.ActorNamesAsync(db, [member.ActorId], cancellationToken),
            CollectiveAccess.CanManage(user, collective));

    private static ProblemHttpResult AlreadyMember(Guid actorId, Guid? membershipId) =>
        Problems.Conflict(membershipId is null
            ? $"Actor {actorId} is already a member of this collective."
            : $"Actor {actorId} is already a member of this collective (membership {membershipId}); it must leave before joining again.");

    private static ProblemHttpResult UnknownMember(Guid id, Guid memberId) =>
        Problems.NotFound($"Collective {id} has no membership {memberId}.");
}
