namespace Ssi.Contracts.ActorDirectory;

/// <summary>
/// A contact person was recorded or their details changed. Personal data: it goes only to the
/// services that write to people for the actor (communications), which keep it as the directory
/// rules (<paramref name="Visibility"/>, <paramref name="LegalBasis"/>) and forget it on <see cref="ContactErased"/>.
/// </summary>
/// <param name="Visibility"><c>public</c>, <c>members</c> (the actor's members and its territory's coordinators) or <c>private</c> (the actor's members only).</param>
/// <param name="LegalBasis">The GDPR basis the directory holds the data on: <c>consent</c>, <c>legitimate-interest</c>, <c>contract</c> or <c>public-task</c>.</param>
/// <param name="UpdatedAt">When the directory last changed the contact: a consumer keeps the newest and ignores older news arriving late.</param>
public sealed record ContactChanged(
    Guid ContactId,
    Guid ActorId,
    string FullName,
    string? Function,
    string? Email,
    string Visibility,
    string LegalBasis,
    DateTimeOffset UpdatedAt,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
