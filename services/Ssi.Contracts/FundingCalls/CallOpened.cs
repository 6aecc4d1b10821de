namespace Ssi.Contracts.FundingCalls;

/// <summary>A call for projects opened: actors of its scope may apply until <paramref name="ClosesAt"/>.</summary>
/// <param name="ScopeTerritory">The territory it covers, as <c>kind:code</c> (e.g. <c>region:32</c>); applicants inside it qualify.</param>
/// <param name="EligibleActorKinds">The directory's actor kinds that may apply (kebab-case); empty means any.</param>
public sealed record CallOpened(
    Guid CallId,
    Guid FunderId,
    string FunderName,
    string Title,
    int Edition,
    string ScopeTerritory,
    IReadOnlyList<string> EligibleActorKinds,
    long EnvelopeCents,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
