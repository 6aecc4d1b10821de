namespace Ssi.Contracts.FundingCalls;

/// <summary>A scheduled payment of a grant is due and not paid yet: for the funder's accounting and the beneficiary.</summary>
/// <param name="Kind">advance, instalment or balance.</param>
public sealed record PaymentDue(
    Guid GrantId,
    Guid PaymentId,
    Guid FunderId,
    Guid BeneficiaryId,
    string Kind,
    long AmountCents,
    DateOnly DueOn,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
