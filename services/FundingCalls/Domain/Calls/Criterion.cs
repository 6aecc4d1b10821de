namespace FundingCalls.Domain.Calls;

/// <summary>One line of a call's rubric: reviewers score it 0 to 5 and it counts for <see cref="Weight"/> of the 100 points.</summary>
/// <param name="Key">Stable kebab-case key, e.g. <c>local-partnership</c>.</param>
public sealed record Criterion(string Key, string Label, int Weight);
