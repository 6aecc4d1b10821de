using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Ssi.DirectoryReplica;

namespace FundingCalls.Endpoints;

/// <summary>A review as its reviewer acts on it, with the call's rubric and the applicant.</summary>
internal sealed record ReviewAccess(Review Review, FundingCall Call, DirectoryActor Applicant)
{
    /// <returns>Null unless the review exists and is the caller's (both answer 404).</returns>
    public static async Task<ReviewAccess?> LoadAsync(Guid id, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        var subject = user.Actor();
        var review = await db.Reviews.SingleOrDefaultAsync(review => review.Id == id && review.ReviewerSubject == subject, cancellationToken);
        if (review is null)
        {
            return null;
        }

        var call = await db.Calls.AsNoTracking().SingleAsync(call => call.Id == review.CallId, cancellationToken);
        var applicant = await (from application in db.Applications
                               join actor in db.Actors on application.ApplicantId equals actor.ActorId
                               where application.Id == review.ApplicationId
                               select actor).AsNoTracking().SingleAsync(cancellationToken);
        return new ReviewAccess(review, call, applicant);
    }
}
