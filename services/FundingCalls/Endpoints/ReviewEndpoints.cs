using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <summary>
/// Reviews: the funder's staff assign reviewers; a reviewer sees only their assignments, declares
/// their interests before the file opens to them, scores each criterion and submits.
/// </summary>
public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var assignments = app.MapGroup("/applications/{applicationId:guid}/reviews").WithTags("Reviews").RequireAuthorization();
        assignments.MapPost("/", AssignReviewer).WithName("AssignReviewer");
        assignments.MapGet("/", ListReviews).WithName("ListReviews");

        var reviews = app.MapGroup("/reviews").WithTags("Reviews").RequireAuthorization(policy => policy.RequireRole(SsiRoles.Reviewer));
        reviews.MapGet("/", ListAssignments).WithName("ListMyReviews");
        reviews.MapPost("/{id:guid}/declaration", Declare).WithName("DeclareInterests");
        reviews.MapGet("/{id:guid}/application", ReadFile).WithName("ReadReviewedApplication");
        reviews.MapPut("/{id:guid}/scores", Score).WithName("ScoreReview");
        reviews.MapPost("/{id:guid}/submit", Submit).WithName("SubmitReview");
        return app;
    }

    /// <summary>Assigns a reviewer; the first assignment takes a submitted application into review.</summary>
    public static async Task<Results<Created<ReviewResponse>, ProblemHttpResult>> AssignReviewer(
        Guid applicationId, AssignReviewerRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await ApplicationAccess.LoadAsync(applicationId, user, db, track: true, cancellationToken) is not { RunsCall: true } access)
        {
            return Problems.NotFound($"No application of a call you run has the id {applicationId}.");
        }

        var application = access.Application;
        var now = clock.GetDatabaseNow();
        if (application.Status == ApplicationStatus.Submitted)
        {
            application.StartReview(user.Actor(), now);
        }
        else if (application.Status != ApplicationStatus.UnderReview)
        {
            return Problems.Conflict($"The application is {ApiEnum<ApplicationStatus>.NameOf(application.Status)}: reviewers are assigned to submitted applications or those under review.");
        }

        var review = new Review(application.Id, application.CallId, request.ReviewerSubject.Trim(), request.ReviewerName.Trim(), user.Actor(), now);
        db.Reviews.Add(review);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.Violates(ReviewConfiguration.OneReviewPerReviewerIndex))
        {
            return Problems.Conflict($"{review.ReviewerName} already reviews this application.");
        }

        return TypedResults.Created($"/applications/{application.Id}/reviews", ReviewResponse.From(review, access.Call.Criteria));
    }

    public static async Task<Results<Ok<IReadOnlyList<ReviewResponse>>, ProblemHttpResult>> ListReviews(
        Guid applicationId, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await ApplicationAccess.LoadAsync(applicationId, user, db, track: false, cancellationToken) is not { RunsCall: true } access)
        {
            return Problems.NotFound($"No application of a call you run has the id {applicationId}.");
        }

        var reviews = await db.Reviews.AsNoTracking().Where(review => review.ApplicationId == applicationId).OrderBy(review => review.AssignedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReviewResponse>>([.. reviews.Select(review => ReviewResponse.From(review, access.Call.Criteria))]);
    }

    /// <summary>The caller's assignments, with who applies for what but nothing of the files.</summary>
    public static async Task<Ok<IReadOnlyList<AssignmentResponse>>> ListAssignments(ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        var subject = user.Actor();
        var assignments = await (
                from review in db.Reviews
                join application in db.Applications on review.ApplicationId equals application.Id
                join call in db.Calls on review.CallId equals call.Id
                join applicant in db.Actors on application.ApplicantId equals applicant.ActorId
                where review.ReviewerSubject == subject
                orderby review.AssignedAt
                select new { review, call.Title, applicant.ActorId, applicant.Name, application.Project })
            .AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AssignmentResponse>>([.. assignments.Select(row => new AssignmentResponse(row.review.Id, row.review.CallId, row.Title,
            new ActorName(row.ActorId, row.Name), row.Project.Title, ApiEnum<ReviewStatus>.NameOf(row.review.Status), row.review.RecusalReason))]);
    }

    /// <summary>
    /// Declares the reviewer's interests. One found in the directory (they act for the applicant,
    /// or for a fellow member of its collective) recuses them whatever they declare.
    /// </summary>
    public static async Task<Results<Ok<ReviewResponse>, ProblemHttpResult>> Declare(
        Guid id, DeclarationRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await ReviewAccess.LoadAsync(id, user, db, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No review of yours has the id {id}.");
        }

        var conflict = await ReviewerInterests.FindAsync(user, access.Applicant, db, cancellationToken)
            ?? (string.IsNullOrWhiteSpace(request.Conflict) ? null : $"Declared by the reviewer: {request.Conflict.Trim()}");
        if (access.Review.Declare(conflict, clock.GetDatabaseNow()) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReviewResponse.From(access.Review, access.Call.Criteria));
    }

    /// <summary>The file, once the reviewer declared no interest in it; never to a recused reviewer.</summary>
    public static async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> ReadFile(Guid id, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await ReviewAccess.LoadAsync(id, user, db, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No review of yours has the id {id}.");
        }

        if (!access.Review.OpensTheFile)
        {
            return access.Review.Status == ReviewStatus.Recused
                ? Problems.Forbidden($"You are recused from this file: {access.Review.RecusalReason}")
                : Problems.Forbidden("Declare your interests (POST /reviews/{id}/declaration) before the file opens to you.");
        }

        var application = await db.Applications.AsNoTracking().Include(a => a.Corrections).SingleAsync(a => a.Id == access.Review.ApplicationId, cancellationToken);
        return TypedResults.Ok(ApplicationResponse.From(application, access.Applicant.Name));
    }

    public static async Task<Results<Ok<ReviewResponse>, ValidationProblem, ProblemHttpResult>> Score(
        Guid id, ScoresRequest request, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await ReviewAccess.LoadAsync(id, user, db, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No review of yours has the id {id}.");
        }

        var errors = new Dictionary<string, string[]>();
        var scores = request.Scores!;
        var keys = access.Call.Criteria.Select(criterion => criterion.Key).ToHashSet();
        for (var index = 0; index < scores.Count; index++)
        {
            if (!keys.Contains(scores[index].Criterion))
            {
                errors.AddError($"scores[{index}].criterion", $"'{scores[index].Criterion}' is not a criterion of the call: {string.Join(", ", keys)}.");
            }
            else if (scores.Take(index).Any(earlier => earlier.Criterion == scores[index].Criterion))
            {
                errors.AddError($"scores[{index}].criterion", $"'{scores[index].Criterion}' is scored twice.");
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var marks = scores.Select(score => new CriterionScore(score.Criterion, score.Score!.Value, score.Comment?.Trim())).ToList();
        if (access.Review.Score(marks, request.Comment?.Trim()) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReviewResponse.From(access.Review, access.Call.Criteria));
    }

    public static async Task<Results<Ok<ReviewResponse>, ProblemHttpResult>> Submit(
        Guid id, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await ReviewAccess.LoadAsync(id, user, db, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No review of yours has the id {id}.");
        }

        if (access.Review.Submit(access.Call.Criteria, clock.GetDatabaseNow()) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReviewResponse.From(access.Review, access.Call.Criteria));
    }
}
