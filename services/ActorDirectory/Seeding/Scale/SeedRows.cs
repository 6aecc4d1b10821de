using ActorDirectory.Domain;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Offers;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Text;

namespace ActorDirectory.Seeding.Scale;

/// <summary>One generated actor, as it is copied into the <c>actors</c> table.</summary>
internal sealed record SeedActor(
    Guid Id,
    string Name,
    ActorKind Kind,
    string? Description,
    string[] Themes,
    string[] ServedAreas,
    TerritoryLocation Location,
    PostalAddress Address,
    string? Siren,
    string? Rna,
    bool IsInternationalSolidarity)
{
    /// <summary>What <see cref="Actor.Describe"/> stores, computed the same way.</summary>
    public string SearchText => TextSearch.Normalize($"{Name} {Description}");
}

/// <summary>One generated offer, as it is copied into the <c>offers</c> table.</summary>
internal sealed record SeedOffer(
    Guid Id,
    Guid ActorId,
    OfferKind Kind,
    string Title,
    string? Description,
    int? Capacity,
    string[] Tags,
    TerritoryLocation Location);

/// <summary>What one scale run generates, in insertion order.</summary>
internal sealed class ScaleData
{
    public List<SeedActor> Actors { get; } = [];

    public List<SeedOffer> Offers { get; } = [];
}
