namespace ActorDirectory.Domain.Actors;

/// <summary>The kinds of actor the SSI documents name.</summary>
public enum ActorKind
{
    Region,
    Department,
    Epci,
    Commune,
    Ccas,
    ResourceCentre,
    Association,
    School,
    AnimationCentre,
    Library,
    Cinema,
    Mjc,
    YouthInformationPoint,
    University,
    RegionalNetwork,
    Business,
    Other,
}
