namespace FundingCalls.Domain.Applications;

/// <summary>The project an application asks funding for (CERFA 12156, "description du projet").</summary>
/// <param name="Territory">Where it takes place, as <c>kind:code</c>.</param>
public sealed record ProjectDescription(
    string Title,
    string Objectives,
    string Beneficiaries,
    string Territory,
    DateOnly StartsOn,
    DateOnly EndsOn);
