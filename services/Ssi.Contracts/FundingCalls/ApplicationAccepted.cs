namespace Ssi.Contracts.FundingCalls;

/// <summary>A committee accepted an application: <paramref name="AmountCents"/> is awarded under deliberation <paramref name="DeliberationNumber"/>.</summary>
public sealed record ApplicationAccepted(
    Guid ApplicationId,
    Guid CallId,
    Guid ApplicantId,
    string ProjectTitle,
    long AmountCents,
    string DeliberationNumber,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
