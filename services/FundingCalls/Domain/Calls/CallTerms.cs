using Ssi.ServiceDefaults.Territories;

namespace FundingCalls.Domain.Calls;

/// <summary>What a funder writes in a call, checked: amounts in euro cents, weights summing to 100, opening before closing.</summary>
/// <param name="CofundingCapPercent">The most of a project's charges this funder pays, in percent.</param>
/// <param name="ReportDueOn">When beneficiaries file their final report.</param>
/// <param name="ReportGapThresholdPercent">Above this gap between forecast and actual, a report line needs a justification.</param>
public sealed record CallTerms(
    int Edition,
    string Title,
    string? Description,
    TerritoryReference Scope,
    long EnvelopeCents,
    long MaxGrantCents,
    int CofundingCapPercent,
    EligibilityRules Eligibility,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<RequiredDocument> RequiredDocuments,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateOnly ReportDueOn,
    int ReportGapThresholdPercent);
