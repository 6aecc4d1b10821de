namespace Ssi.Contracts.FundingCalls;

/// <summary>
/// A grant was awarded: the calendar shows its events as supported by the funder ("soutenu
/// par ..."), communications tells the beneficiary.
/// </summary>
/// <param name="EventIds">The calendar events the grant funds.</param>
public sealed record GrantAwarded(
    Guid GrantId,
    Guid ApplicationId,
    Guid CallId,
    Guid FunderId,
    string FunderName,
    Guid BeneficiaryId,
    string BeneficiaryName,
    string ProjectTitle,
    long AmountCents,
    string DeliberationNumber,
    IReadOnlyList<Guid> EventIds,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
