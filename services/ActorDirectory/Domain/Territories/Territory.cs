using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Text;

namespace ActorDirectory.Domain.Territories;

/// <summary>
/// A French territory from the official geographic code (COG): a region, a department, an
/// intercommunality (EPCI, identified by its SIREN) or a commune. Imported from
/// <c>@etalab/decoupage-administratif</c>; a code is unique within its kind only (region 75 is
/// Nouvelle-Aquitaine, department 75 is Paris).
/// </summary>
public sealed class Territory
{
    private Territory()
    {
    }

    public Territory(TerritoryKind kind, string code, string name)
    {
        Kind = kind;
        Code = code;
        Name = name;
        SearchName = TextSearch.Normalize(name);
    }

    public TerritoryKind Kind { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The name without accents, case or punctuation, for search.</summary>
    public string SearchName { get; private set; } = "";

    public string? Siren { get; set; }

    public int? Population { get; set; }

    /// <summary>Set on departments, EPCI (when within one region) and communes.</summary>
    public string? RegionCode { get; set; }

    /// <summary>Set on communes and on EPCI that lie within one department.</summary>
    public string? DepartmentCode { get; set; }

    /// <summary>Set on communes that belong to an EPCI.</summary>
    public string? EpciCode { get; set; }

    /// <summary>For an EPCI: CA, CC, CU, METRO or MET69.</summary>
    public string? EpciType { get; set; }

    /// <summary>metro, drom or com.</summary>
    public string Zone { get; set; } = "metro";

    public List<string> PostalCodes { get; set; } = [];

    public TerritoryReference ToReference() => new(Kind, Code);

    /// <summary>Where something based in this commune is located, for territory filters.</summary>
    public TerritoryLocation ToLocation() =>
        Kind == TerritoryKind.Commune
            ? new TerritoryLocation(Code, EpciCode, DepartmentCode ?? "", RegionCode ?? "")
            : throw new InvalidOperationException($"Only a commune locates an actor; {Kind} {Code} is not one.");
}
