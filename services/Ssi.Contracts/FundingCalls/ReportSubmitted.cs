namespace Ssi.Contracts.FundingCalls;

/// <summary>A beneficiary filed the final report of a grant.</summary>
public sealed record ReportSubmitted(
    Guid GrantId,
    Guid BeneficiaryId,
    Guid FunderId,
    long ActualChargesCents,
    long ForecastChargesCents,
    int Participants,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
