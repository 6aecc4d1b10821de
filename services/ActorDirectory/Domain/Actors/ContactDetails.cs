namespace ActorDirectory.Domain.Actors;

/// <summary>What is recorded about a contact person, already checked and normalised.</summary>
public sealed record ContactDetails(
    string FullName,
    string? Function,
    string? Email,
    string? Phone,
    ContactVisibility Visibility,
    LegalBasis LegalBasis,
    DateOnly ConsentGivenOn,
    string ConsentSource);
