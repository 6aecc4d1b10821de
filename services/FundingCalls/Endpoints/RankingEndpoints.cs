using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;

namespace FundingCalls.Endpoints;

/// <summary>A call's applications ranked by their reviews, for its funder's staff and committee.</summary>
public static class RankingEndpoints
{
    public static IEndpointRouteBuilder MapRankingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calls/{id:guid}/ranking", GetRanking).WithName("GetCallRanking").WithTags("Reviews").RequireAuthorization();
        return app;
    }

    /// <summary>
    /// Every application submitted and not withdrawn, best mean weighted score first (out of 100);
    /// applications without a submitted review come last; ties go to the smaller request.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<RankedApplication>>, ProblemHttpResult>> GetRanking(
        Guid id, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.CallRunByAsync(id, user, track: false, cancellationToken) is not { } call)
        {
            return Problems.NotFound($"No funding call of yours has the id {id}.");
        }

        return TypedResults.Ok(await RankAsync(call, db, cancellationToken));
    }

    public static async Task<IReadOnlyList<RankedApplication>> RankAsync(FundingCall call, FundingDbContext db, CancellationToken cancellationToken)
    {
        var applications = await (
                from application in db.Applications
                join applicant in db.Actors on application.ApplicantId equals applicant.ActorId
                where application.CallId == call.Id && application.Status != ApplicationStatus.Draft && application.Status != ApplicationStatus.Withdrawn
                select new { application.Id, application.ApplicantId, applicant.Name, application.Project, application.Status, application.RequestedCents })
            .AsNoTracking().ToListAsync(cancellationToken);
        var reviews = (await db.Reviews.AsNoTracking().Where(review => review.CallId == call.Id && review.Status != ReviewStatus.Recused).ToListAsync(cancellationToken))
            .ToLookup(review => review.ApplicationId);

        var scored = applications.Select(application =>
        {
            var counted = reviews[application.Id].Where(review => review.Status == ReviewStatus.Submitted).ToList();
            decimal? score = counted.Count == 0 ? null : Math.Round(counted.Average(review => review.WeightedScore(call.Criteria)), 2);
            return (application, score, counted: counted.Count, pending: reviews[application.Id].Count() - counted.Count);
        });
        return [.. scored
            .OrderByDescending(row => row.score ?? -1)
            .ThenBy(row => row.application.RequestedCents)
            .ThenBy(row => row.application.Id)
            .Select((row, index) => new RankedApplication(index + 1, row.application.Id, new ActorName(row.application.ApplicantId, row.application.Name),
                row.application.Project.Title, ApiEnum<ApplicationStatus>.NameOf(row.application.Status), row.application.RequestedCents,
                row.score, row.counted, row.pending))];
    }
}
