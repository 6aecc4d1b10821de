using System.ComponentModel.DataAnnotations;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Reviews;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <param name="ReviewerSubject">The reviewer's account (their token's subject); they need the reviewer role.</param>
public sealed record AssignReviewerRequest(
    [property: Required, StringLength(200, MinimumLength = 1), PlainText] string ReviewerSubject,
    [property: Required, StringLength(200, MinimumLength = 2), VisibleText(2), PlainText] string ReviewerName);

/// <param name="Conflict">The interest the reviewer has in the file, in their words; null or absent when they have none.</param>
public sealed record DeclarationRequest([property: StringLength(Review.CommentMaxLength), PlainText(singleLine: false)] string? Conflict);

public sealed record ScoresRequest(
    [property: Required, MaxLength(20), NoNullItems] IReadOnlyList<ScoreRequest>? Scores,
    [property: StringLength(Review.CommentMaxLength), PlainText(singleLine: false)] string? Comment);

/// <param name="Criterion">The key of one of the call's criteria.</param>
/// <param name="Score">0 to 5.</param>
public sealed record ScoreRequest(
    [property: Required, StringLength(60)] string Criterion,
    [property: Required, Range(0, CriterionScore.Max)] int? Score,
    [property: StringLength(Review.CommentMaxLength), PlainText(singleLine: false)] string? Comment);

/// <param name="WeightedScore">Out of 100, once submitted.</param>
public sealed record ReviewResponse(
    Guid Id,
    Guid ApplicationId,
    Guid CallId,
    string ReviewerName,
    string Status,
    string? RecusalReason,
    IReadOnlyList<CriterionScore> Scores,
    string? Comment,
    decimal? WeightedScore,
    DateTimeOffset AssignedAt,
    DateTimeOffset? SubmittedAt)
{
    public static ReviewResponse From(Review review, IReadOnlyList<Criterion> rubric) =>
        new(review.Id, review.ApplicationId, review.CallId, review.ReviewerName, ApiEnum<ReviewStatus>.NameOf(review.Status), review.RecusalReason,
            review.Scores, review.Comment, review.Status == ReviewStatus.Submitted ? review.WeightedScore(rubric) : null, review.AssignedAt, review.SubmittedAt);
}

/// <summary>What a reviewer sees of an assignment before declaring their interests: who applies for what, never the file.</summary>
public sealed record AssignmentResponse(Guid Id, Guid CallId, string CallTitle, ActorName Applicant, string ProjectTitle, string Status, string? RecusalReason);

/// <param name="Score">The mean of its submitted reviews' weighted scores, out of 100; null before any.</param>
/// <param name="CountedReviews">Submitted reviews; recused and unfinished ones never count.</param>
public sealed record RankedApplication(int Rank, Guid ApplicationId, ActorName Applicant, string ProjectTitle, string Status, long RequestedCents,
    decimal? Score, int CountedReviews, int PendingReviews);
