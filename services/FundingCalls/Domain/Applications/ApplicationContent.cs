using FundingCalls.Domain.Budgets;

namespace FundingCalls.Domain.Applications;

/// <summary>What an applicant writes in an application, checked in shape; the call's rules are checked on submission.</summary>
/// <param name="EventIds">The calendar events the project funds.</param>
public sealed record ApplicationContent(
    ProjectDescription Project,
    IReadOnlyList<Guid> EventIds,
    ProjectBudget Budget,
    long RequestedCents,
    IReadOnlyList<AttachedDocument> Documents,
    ApplicationContact Contact);
