namespace FundingCalls.Domain.Budgets;

/// <summary>One line of a CERFA budget: a chart-of-accounts number (<c>606</c>, <c>64</c>, <c>864</c>...), its wording and amount in euro cents.</summary>
public sealed record BudgetLine(string Account, string Label, long AmountCents);
