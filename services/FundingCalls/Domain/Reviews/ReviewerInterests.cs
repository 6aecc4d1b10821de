using System.Security.Claims;
using FundingCalls.Data;
using Microsoft.EntityFrameworkCore;
using Ssi.DirectoryReplica;
using Ssi.ServiceDefaults.Authentication;

namespace FundingCalls.Domain.Reviews;

/// <summary>
/// A reviewer belongs to the applicant when their token says they act for it, or for an actor
/// sitting with it in a collective of the directory: they are recused whatever they declare.
/// </summary>
public static class ReviewerInterests
{
    /// <returns>Why the reviewer cannot review <paramref name="applicant"/>'s file, or null.</returns>
    public static async Task<string?> FindAsync(ClaimsPrincipal reviewer, DirectoryActor applicant, FundingDbContext db, CancellationToken cancellationToken)
    {
        Guid[] actors = [.. reviewer.ActorIds()];
        if (actors.Contains(applicant.ActorId))
        {
            return $"Recused automatically: you act for {applicant.Name}, the applicant.";
        }

        var fellow = await (
                from mine in db.CollectiveMemberships
                join theirs in db.CollectiveMemberships on mine.CollectiveId equals theirs.CollectiveId
                join actor in db.Actors on mine.ActorId equals actor.ActorId
                where actors.Contains(mine.ActorId) && mine.IsActive && theirs.ActorId == applicant.ActorId && theirs.IsActive
                select actor.Name)
            .FirstOrDefaultAsync(cancellationToken);
        return fellow is null ? null : $"Recused automatically: you act for {fellow}, a member of the same collective as {applicant.Name}, the applicant.";
    }
}
