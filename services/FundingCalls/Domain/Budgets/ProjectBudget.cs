using System.Globalization;
using System.Text.RegularExpressions;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Domain.Budgets;

/// <summary>
/// A project's forecast budget in the shape of the CERFA 12156 grant request: charges (accounts
/// 60 to 68) and income (70 to 79, the other funders' subsidies of account 74 listed apart with
/// their status), and the voluntary in-kind contributions on both sides (86 used, 87 received).
/// The amount asked of the call is the missing 74 line: total charges must equal total income
/// with it, and the in-kind sides must equal each other. Amounts are euro cents.
/// </summary>
public sealed partial record ProjectBudget(
    IReadOnlyList<BudgetLine> Charges,
    IReadOnlyList<BudgetLine> Income,
    IReadOnlyList<CoFunder> CoFunders,
    IReadOnlyList<BudgetLine> InKindCharges,
    IReadOnlyList<BudgetLine> InKindIncome)
{
    public const int MaxLines = 200;

    public long TotalCharges => Charges.Sum(line => line.AmountCents);

    public long TotalInKindCharges => InKindCharges.Sum(line => line.AmountCents);

    public long TotalInKindIncome => InKindIncome.Sum(line => line.AmountCents);

    /// <summary>Income other than the call's grant: refused co-funding does not count.</summary>
    public long TotalOtherIncome => Income.Sum(line => line.AmountCents) + CoFunders.Where(c => c.Status != CoFundingStatus.Refused).Sum(c => c.AmountCents);

    /// <summary>Adds to <paramref name="errors"/> every line booked on an account of the wrong side or class.</summary>
    public void CheckAccounts(Dictionary<string, string[]> errors)
    {
        CheckAccounts(Charges, "budget.charges", ChargeAccount(), "a charge account of classes 60 to 68 (e.g. 606, 6226, 64)", errors);
        CheckAccounts(Income, "budget.income", IncomeAccount(), "an income account of classes 70 to 79 other than 74 (the other funders go in coFunders)", errors);
        CheckAccounts(InKindCharges, "budget.inKindCharges", InKindChargeAccount(), "an account of class 86 (860 to 864)", errors);
        CheckAccounts(InKindIncome, "budget.inKindIncome", InKindIncomeAccount(), "an account of class 87 (870 to 875)", errors);
    }

    /// <summary>Adds to <paramref name="errors"/> how this budget fails to balance when <paramref name="requestedCents"/> is asked of the call.</summary>
    public void CheckBalance(long requestedCents, Dictionary<string, string[]> errors)
    {
        var income = TotalOtherIncome + requestedCents;
        if (TotalCharges != income)
        {
            errors.AddError("budget", $"The budget does not balance: charges total {Euros(TotalCharges)} and income, with the {Euros(requestedCents)} requested, " +
                $"{Euros(income)} (a gap of {Euros(income - TotalCharges)}). Refused co-funding does not count.");
        }

        if (TotalInKindCharges != TotalInKindIncome)
        {
            errors.AddError("budget.inKindCharges", $"The in-kind contributions do not balance: {Euros(TotalInKindCharges)} used (86) against {Euros(TotalInKindIncome)} received (87).");
        }
    }

    /// <summary>Whether <paramref name="account"/> is a charge account of classes 60 to 68.</summary>
    public static bool IsChargeAccount(string account) => ChargeAccount().IsMatch(account);

    public static string Euros(long cents) => string.Create(CultureInfo.InvariantCulture, $"{cents / 100m:0.00} EUR");

    private static void CheckAccounts(IReadOnlyList<BudgetLine> lines, string field, Regex account, string expected, Dictionary<string, string[]> errors)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            if (!account.IsMatch(lines[index].Account))
            {
                errors.AddError($"{field}[{index}].account", $"'{lines[index].Account}' is not {expected}.");
            }
        }
    }

    [GeneratedRegex(@"^6[0-8][0-9]{0,4}\z")]
    private static partial Regex ChargeAccount();

    [GeneratedRegex(@"^7[0-35-9][0-9]{0,4}\z")]
    private static partial Regex IncomeAccount();

    [GeneratedRegex(@"^86[0-4]?\z")]
    private static partial Regex InKindChargeAccount();

    [GeneratedRegex(@"^87[0-5]?\z")]
    private static partial Regex InKindIncomeAccount();
}
