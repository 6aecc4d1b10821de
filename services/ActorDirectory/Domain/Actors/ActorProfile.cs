using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Domain.Actors;

/// <summary>Everything about an actor its editors set, already checked and normalised.</summary>
public sealed record ActorProfile(
    string Name,
    ActorKind Kind,
    string? Description,
    IReadOnlyList<string> Themes,
    IReadOnlyList<TerritoryReference> ServedAreas,
    PostalAddress Address,
    string? Website,
    string? PublicEmail,
    string? PublicPhone,
    string? Siren,
    string? Siret,
    string? Rna,
    bool IsInternationalSolidarity);
