using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Budgets;

namespace FundingCalls.Seeding;

/// <summary>A demo application: a CERFA 12156 budget balanced around the request (two thirds of the charges), fees, and the city's share.</summary>
internal static class DemoBudget
{
    public static ApplicationContent Content(string title, string objectives, string beneficiaries, string territory, DateOnly startsOn, DateOnly endsOn,
        long requestedCents, string coFunder, IReadOnlyList<Guid> eventIds, string contactName)
    {
        var charges = requestedCents * 3 / 2;
        var purchases = charges * 3 / 10;
        var fees = charges / 20;
        var budget = new ProjectBudget(
            [new BudgetLine("606", "Achats de matériel et d'alimentation", purchases), new BudgetLine("6226", "Intervenants et animateurs", charges - purchases)],
            [new BudgetLine("756", "Cotisations des adhérents", fees)],
            [new CoFunder(coFunder, null, charges - requestedCents - fees, CoFundingStatus.Granted)],
            [new BudgetLine("864", "Personnel bénévole", 120_000)],
            [new BudgetLine("870", "Bénévolat", 120_000)]);
        var email = $"{contactName.Split(' ')[0].ToLowerInvariant()}.exemple@example.org";
        return new ApplicationContent(new ProjectDescription(title, objectives, beneficiaries, territory, startsOn, endsOn), eventIds, budget, requestedCents,
            [new AttachedDocument("statuts", "Statuts de l'association", "https://documents.example.org/statuts.pdf"),
                new AttachedDocument("rib", "Relevé d'identité bancaire", "https://documents.example.org/rib.pdf")],
            new ApplicationContact(null, contactName, email, null));
    }
}
