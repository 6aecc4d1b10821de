using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Collectives;
using ActorDirectory.Domain.Offers;

namespace ActorDirectory.Seeding.Demo;

/// <summary>An actor of the demo; <see cref="Id"/> is fixed so every run finds it again.</summary>
public sealed record DemoActor(
    Guid Id,
    string Name,
    ActorKind Kind,
    string CommuneCode,
    string Description,
    string[] Themes,
    string[] ServedAreas,
    PostalAddress Address,
    string? Website = null,
    string? PublicEmail = null,
    string? PublicPhone = null,
    string? Siren = null,
    string? Rna = null,
    bool IsInternationalSolidarity = false);

/// <summary>A fictional person at a demo actor, found again by name.</summary>
public sealed record DemoContact(
    DemoActor Actor,
    string FullName,
    string Function,
    string Email,
    string Phone,
    ContactVisibility Visibility,
    LegalBasis LegalBasis,
    DateOnly ConsentGivenOn,
    string ConsentSource);

/// <summary>An offer of a demo actor, found again by title; windows are in Paris time.</summary>
public sealed record DemoOffer(
    DemoActor Actor,
    OfferKind Kind,
    string Title,
    string Description,
    int? Capacity = null,
    string[]? Tags = null,
    (DateTimeOffset StartsAt, DateTimeOffset EndsAt)[]? Windows = null);

/// <summary>A collective, found again by commune, edition and name.</summary>
public sealed record DemoCollective(
    string Name,
    string Description,
    DemoActor Coordinator,
    string CommuneCode,
    int Edition,
    DemoMember[] Members,
    DemoWorkingGroup[] WorkingGroups);

/// <summary>One membership: an actor or a (fictional) citizen, found again by who and when they joined.</summary>
public sealed record DemoMember(
    DemoActor? Actor,
    string? CitizenName,
    DateOnly JoinedOn,
    DateOnly? CharterSignedOn,
    CollectiveRole[] Roles,
    DateOnly? LeftOn = null);

public sealed record DemoWorkingGroup(string Name, string Purpose, DemoActor Lead, DemoActor[] Members);

/// <summary>A mentoring for an edition, found again by mentee and edition.</summary>
public sealed record DemoSponsorship(DemoActor Mentor, DemoActor Mentee, int Edition, DateOnly StartedOn, string Notes);
