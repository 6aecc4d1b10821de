namespace Ssi.Contracts.FundingCalls;

/// <summary>An applicant submitted (or, after corrections, submitted again) an application to a call.</summary>
/// <param name="Resubmission">Whether it answers a correction request.</param>
public sealed record ApplicationSubmitted(
    Guid ApplicationId,
    Guid CallId,
    Guid ApplicantId,
    string ProjectTitle,
    long RequestedCents,
    IReadOnlyList<Guid> EventIds,
    bool Resubmission,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
