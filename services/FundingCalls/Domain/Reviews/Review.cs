using FundingCalls.Domain.Calls;

namespace FundingCalls.Domain.Reviews;

/// <summary>
/// One reviewer's review of one application: assigned by the funder's staff, then the reviewer
/// declares their interests before seeing anything of the file (and is recused, by themselves
/// or automatically when they belong to the applicant), scores every criterion and submits.
/// </summary>
public sealed class Review
{
    public const int CommentMaxLength = 4000;

    private Review()
    {
    }

    public Review(Guid applicationId, Guid callId, string reviewerSubject, string reviewerName, string assignedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ApplicationId = applicationId;
        CallId = callId;
        ReviewerSubject = reviewerSubject;
        ReviewerName = reviewerName;
        AssignedBy = assignedBy;
        AssignedAt = now;
        Status = ReviewStatus.Assigned;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid CallId { get; private set; }

    /// <summary>The reviewer's token subject: only they act on the review.</summary>
    public string ReviewerSubject { get; private set; } = "";

    public string ReviewerName { get; private set; } = "";

    public string AssignedBy { get; private set; } = "";

    public DateTimeOffset AssignedAt { get; private set; }

    public ReviewStatus Status { get; private set; }

    public DateTimeOffset? DeclaredAt { get; private set; }

    /// <summary>Why the reviewer is out: their own declaration, or the membership found.</summary>
    public string? RecusalReason { get; private set; }

    public List<CriterionScore> Scores { get; private set; } = [];

    public string? Comment { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Whether the reviewer may read the application: declared free of conflicts, not recused.</summary>
    public bool OpensTheFile => Status is ReviewStatus.Declared or ReviewStatus.Submitted;

    /// <returns>Why the declaration is refused, or null once made.</returns>
    public string? Declare(string? conflict, DateTimeOffset now)
    {
        if (Status != ReviewStatus.Assigned)
        {
            return "Interests are declared once, before reading the file.";
        }

        DeclaredAt = now;
        if (conflict is not null)
        {
            Recuse(conflict);
        }
        else
        {
            Status = ReviewStatus.Declared;
        }

        return null;
    }

    public void Recuse(string reason)
    {
        Status = ReviewStatus.Recused;
        RecusalReason = reason;
    }

    /// <returns>Why the review takes no scores now, or null once recorded (partial scores are kept until submission).</returns>
    public string? Score(IReadOnlyList<CriterionScore> scores, string? comment)
    {
        if (Status != ReviewStatus.Declared)
        {
            return Status == ReviewStatus.Submitted ? "The review is submitted: its scores no longer change." : "Declare your interests before scoring.";
        }

        Scores = [.. scores];
        Comment = comment;
        return null;
    }

    /// <returns>Why the review cannot be submitted, or null once it is.</returns>
    public string? Submit(IReadOnlyList<Criterion> rubric, DateTimeOffset now)
    {
        if (Status != ReviewStatus.Declared)
        {
            return Status == ReviewStatus.Submitted ? "The review is already submitted." : "Declare your interests and score the file before submitting.";
        }

        var missing = rubric.Where(criterion => Scores.All(score => score.Criterion != criterion.Key)).Select(criterion => criterion.Key).ToList();
        if (missing.Count > 0)
        {
            return $"Score every criterion before submitting; missing: {string.Join(", ", missing)}.";
        }

        Status = ReviewStatus.Submitted;
        SubmittedAt = now;
        return null;
    }

    /// <summary>The review's weighted score out of 100: each criterion's mark out of 5 times its weight.</summary>
    public decimal WeightedScore(IReadOnlyList<Criterion> rubric) =>
        rubric.Sum(criterion => criterion.Weight * (decimal)(Scores.FirstOrDefault(score => score.Criterion == criterion.Key)?.Score ?? 0)) / CriterionScore.Max;
}
