namespace Ssi.Contracts.FundingCalls;

/// <summary>A committee refused an application. <paramref name="Reason"/> is the committee's, in French.</summary>
public sealed record ApplicationRefused(
    Guid ApplicationId,
    Guid CallId,
    Guid ApplicantId,
    string ProjectTitle,
    string Reason,
    string DeliberationNumber,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
