namespace ActorDirectory.Domain.Territories;

public enum TerritoryKind
{
    Region,
    Department,
    Epci,
    Commune,
}
