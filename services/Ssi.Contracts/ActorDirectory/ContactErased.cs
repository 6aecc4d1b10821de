namespace Ssi.Contracts.ActorDirectory;

/// <summary>
/// A contact person's data was erased from the directory for good (GDPR right to erasure).
/// Every service that copied anything about this person must forget it too. Carries ids only.
/// </summary>
public sealed record ContactErased(
    Guid ContactId,
    Guid ActorId,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
