namespace FundingCalls.Domain.Reviews;

/// <summary>A reviewer's mark for one criterion of the call's rubric, 0 to 5, with its reason.</summary>
public sealed record CriterionScore(string Criterion, int Score, string? Comment)
{
    public const int Max = 5;
}
