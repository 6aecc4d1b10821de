using System.Text.RegularExpressions;
using FundingCalls.Domain.Calls;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Time;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <summary>The rules of a call's terms that attributes cannot state: one field against another.</summary>
internal static partial class CallTermsCheck
{
    private const int DefaultReportGapThresholdPercent = 15;

    public static CallTerms? Read(CallRequest request, Dictionary<string, string[]> errors)
    {
        if (!TerritoryReference.TryParse(request.Scope, out var scope))
        {
            errors.AddError("scope", $"'{request.Scope}' is not a territory: {TerritoryReference.Expected}.");
        }

        if (ParisTime.TryRead(request.OpensAt, out var opensAt) is { } opensProblem)
        {
            errors.AddError("opensAt", opensProblem);
        }

        if (ParisTime.TryRead(request.ClosesAt, out var closesAt) is { } closesProblem)
        {
            errors.AddError("closesAt", closesProblem);
        }
        else if (closesAt <= opensAt)
        {
            errors.AddError("closesAt", "A call closes after it opens.");
        }

        var reportDueOn = request.ReportDueOn ?? new DateOnly(request.Edition!.Value + 1, 3, 31);
        if (reportDueOn <= DateOnly.FromDateTime(closesAt.UtcDateTime))
        {
            errors.AddError("reportDueOn", "Reports are due after the call closes.");
        }

        if (request.MaxGrantCents > request.EnvelopeCents)
        {
            errors.AddError("maxGrantCents", "The most one grant may reach cannot exceed the whole envelope.");
        }

        var criteria = request.Criteria ?? [];
        if (criteria.Sum(criterion => criterion.Weight) is var total and not 100)
        {
            errors.AddError("criteria", $"The criteria's weights sum to {total}; they must sum to 100.");
        }

        CheckKeys(criteria.Select(criterion => criterion.Key).ToList(), "criteria", errors);
        var documents = request.RequiredDocuments ?? [];
        CheckKeys(documents.Select(document => document.Key).ToList(), "requiredDocuments", errors);

        var kinds = request.Eligibility!.ActorKinds ?? [];
        for (var index = 0; index < kinds.Count; index++)
        {
            if (!ActorKinds.All.Contains(kinds[index]))
            {
                errors.AddError($"eligibility.actorKinds[{index}]", $"'{kinds[index]}' is not a kind of the directory: {string.Join(", ", ActorKinds.All.Order())}.");
            }
        }

        return errors.Count > 0 ? null : new CallTerms(
            request.Edition!.Value, request.Title.Trim(), request.Description?.Trim(), scope!, request.EnvelopeCents!.Value, request.MaxGrantCents!.Value,
            request.CofundingCapPercent!.Value,
            new EligibilityRules([.. kinds.Distinct()], request.Eligibility.ApplicantInScope, request.Eligibility.RequireSiretOrRna, request.Eligibility.MinimumLinkedEvents),
            [.. criteria.Select(criterion => new Criterion(criterion.Key, criterion.Label.Trim(), criterion.Weight))],
            [.. documents.Select(document => new RequiredDocument(document.Key, document.Label.Trim()))],
            opensAt.ToUniversalTime(), closesAt.ToUniversalTime(), reportDueOn, request.ReportGapThresholdPercent ?? DefaultReportGapThresholdPercent);
    }

    private static void CheckKeys(IReadOnlyList<string> keys, string field, Dictionary<string, string[]> errors)
    {
        for (var index = 0; index < keys.Count; index++)
        {
            if (!Key().IsMatch(keys[index]))
            {
                errors.AddError($"{field}[{index}].key", $"'{keys[index]}' is not a kebab-case key (lower-case letters, digits and hyphens, e.g. local-partnership).");
            }
            else if (keys.Take(index).Contains(keys[index]))
            {
                errors.AddError($"{field}[{index}].key", $"'{keys[index]}' is used twice.");
            }
        }
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Key();
}
