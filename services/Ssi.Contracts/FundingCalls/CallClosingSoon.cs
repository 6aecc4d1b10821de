namespace Ssi.Contracts.FundingCalls;

/// <summary>An open call closes soon: a reminder for the actors of its scope and the applicants still in draft.</summary>
/// <param name="DraftApplicantIds">Applicants whose application is not submitted yet.</param>
public sealed record CallClosingSoon(
    Guid CallId,
    string Title,
    string ScopeTerritory,
    DateTimeOffset ClosesAt,
    IReadOnlyList<Guid> DraftApplicantIds,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
