namespace FundingCalls.Domain.Budgets;

public static class Amounts
{
    /// <summary>One billion euros, in cents: more than any call of the Semaine, far below overflow when summed.</summary>
    public const long MaxCents = 100_000_000_000L;
}
