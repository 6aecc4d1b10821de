namespace Ssi.Contracts.FundingCalls;

/// <summary>A beneficiary's final report (CERFA 15059) is due soon or overdue: communications reminds them.</summary>
/// <param name="Overdue">False for the reminder before the due date, true once it has passed without a report.</param>
public sealed record ReportDue(
    Guid GrantId,
    Guid BeneficiaryId,
    string ProjectTitle,
    DateOnly DueOn,
    bool Overdue,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
