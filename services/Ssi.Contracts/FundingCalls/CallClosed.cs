namespace Ssi.Contracts.FundingCalls;

/// <summary>A call reached its deadline: no application is submitted any more.</summary>
public sealed record CallClosed(
    Guid CallId,
    string Title,
    DateTimeOffset ClosedAt,
    int SubmittedApplications,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
