using FundingCalls.Domain.Budgets;

namespace FundingCalls.Domain.Reports;

/// <summary>The forecast a report is measured against: the application's budget, account by account, every subsidy under 74.</summary>
public sealed record ReportForecast(IReadOnlyDictionary<string, (string Label, long Cents)> Charges, IReadOnlyDictionary<string, (string Label, long Cents)> Income)
{
    public const string SubsidyAccount = "74";

    public static ReportForecast Of(ProjectBudget budget, long grantedCents)
    {
        var income = budget.Income.Select(line => (line.Account, line.Label, line.AmountCents))
            .Concat(budget.CoFunders.Where(coFunder => coFunder.Status != CoFundingStatus.Refused)
                .Select(coFunder => (Account: SubsidyAccount, Label: "Subventions d'exploitation", coFunder.AmountCents)))
            .Append((SubsidyAccount, "Subventions d'exploitation", grantedCents));
        return new ReportForecast(ByAccount(budget.Charges.Select(line => (line.Account, line.Label, line.AmountCents))), ByAccount(income));
    }

    private static Dictionary<string, (string Label, long Cents)> ByAccount(IEnumerable<(string Account, string Label, long Cents)> lines) =>
        lines.GroupBy(line => line.Account).ToDictionary(group => group.Key, group => (group.First().Label, group.Sum(line => line.Cents)));
}
