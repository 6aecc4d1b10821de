using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Budgets;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <summary>
/// The shape of an application beyond what attributes state. A draft may be saved half-written
/// (an unbalanced budget, a missing document): the call's rules and the budget's balance are
/// checked when it is submitted (<see cref="SubmissionCheck"/>).
/// </summary>
internal static class ApplicationContentCheck
{
    public static ApplicationContent? Read(ApplicationRequest request, Dictionary<string, string[]> errors)
    {
        var project = request.Project!;
        if (!TerritoryReference.TryParse(project.Territory, out var territory))
        {
            errors.AddError("project.territory", $"'{project.Territory}' is not a territory: {TerritoryReference.Expected}.");
        }

        if (project.EndsOn < project.StartsOn)
        {
            errors.AddError("project.endsOn", "A project ends on or after the day it starts.");
        }

        var eventIds = request.EventIds ?? [];
        if (eventIds.Distinct().Count() != eventIds.Count)
        {
            errors.AddError("eventIds", "An event is named twice.");
        }

        var documents = request.Documents ?? [];
        for (var index = 0; index < documents.Count; index++)
        {
            if (!WebAddress.IsValid(documents[index].Url))
            {
                errors.AddError($"documents[{index}].url", $"'{documents[index].Url}' is not an http or https address.");
            }
        }

        var contact = request.Contact!;
        if (!EmailAddressRule.IsValid(contact.Email))
        {
            errors.AddError("contact.email", $"'{contact.Email}' is not an e-mail address.");
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(contact.Phone) && !FrenchPhoneNumber.TryNormalize(contact.Phone, out phone))
        {
            errors.AddError("contact.phone", $"'{contact.Phone}' is not a French phone number.");
        }

        var budget = Budget(request.Budget!);
        budget.CheckAccounts(errors);
        return errors.Count > 0 ? null : new ApplicationContent(
            new ProjectDescription(project.Title.Trim(), project.Objectives.Trim(), project.Beneficiaries.Trim(), territory!.ToString(),
                project.StartsOn!.Value, project.EndsOn!.Value),
            [.. eventIds], budget, request.RequestedCents!.Value,
            [.. documents.Select(document => new AttachedDocument(document.Key, document.Title.Trim(), document.Url))],
            new ApplicationContact(contact.ContactId, contact.Name.Trim(), contact.Email.Trim(), phone));
    }

    private static ProjectBudget Budget(BudgetRequest budget) => new(
        Lines(budget.Charges), Lines(budget.Income),
        [.. (budget.CoFunders ?? []).Select(coFunder => new CoFunder(coFunder.Name.Trim(), coFunder.ActorId, coFunder.AmountCents!.Value, coFunder.Status!.Value))],
        Lines(budget.InKindCharges), Lines(budget.InKindIncome));

    private static List<BudgetLine> Lines(IReadOnlyList<BudgetLineRequest>? lines) =>
        [.. (lines ?? []).Select(line => new BudgetLine(line.Account, line.Label.Trim(), line.AmountCents!.Value))];
}
