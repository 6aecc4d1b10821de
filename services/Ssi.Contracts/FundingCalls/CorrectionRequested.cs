namespace Ssi.Contracts.FundingCalls;

/// <summary>The funder sent an application back to its applicant for corrections. <paramref name="Reason"/> is the funder's, in French.</summary>
public sealed record CorrectionRequested(
    Guid ApplicationId,
    Guid CallId,
    Guid ApplicantId,
    string ProjectTitle,
    string Reason,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
