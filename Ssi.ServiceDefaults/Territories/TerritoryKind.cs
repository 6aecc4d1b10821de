namespace Ssi.ServiceDefaults.Territories;

public enum TerritoryKind
{
    Region,
    Department,
    Epci,
    Commune,
}
