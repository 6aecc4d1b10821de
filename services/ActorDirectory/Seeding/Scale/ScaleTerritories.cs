using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Seeding.Scale;

/// <summary>The imported territories, indexed for generating the scale data.</summary>
internal sealed class ScaleTerritories
{
    // The districts of the French Southern Lands and Clipperton: listed as communes, without a municipality.
    private static readonly HashSet<string> DepartmentsWithoutMunicipalities = ["984", "989"];

    private readonly Dictionary<string, Territory> _communes;
    private readonly Dictionary<string, Territory> _largestInEpci = [];
    private readonly Dictionary<string, Territory> _largestInDepartment = [];
    private readonly Dictionary<string, Territory> _largestInRegion = [];

    public ScaleTerritories(IReadOnlyCollection<Territory> territories)
    {
        Communes = Ordered(territories, TerritoryKind.Commune)
            .Where(commune => !DepartmentsWithoutMunicipalities.Contains(commune.DepartmentCode ?? ""))
            .ToList();
        Epcis = Ordered(territories, TerritoryKind.Epci).ToList();
        Departments = Ordered(territories, TerritoryKind.Department).ToList();
        Regions = Ordered(territories, TerritoryKind.Region).ToList();

        _communes = Communes.ToDictionary(commune => commune.Code);
        foreach (var commune in Communes)
        {
            KeepLargest(_largestInEpci, commune.EpciCode, commune);
            KeepLargest(_largestInDepartment, commune.DepartmentCode, commune);
            KeepLargest(_largestInRegion, commune.RegionCode, commune);
        }
    }

    /// <summary>Ordered by code, so generation is deterministic.</summary>
    public IReadOnlyList<Territory> Communes { get; }

    public IReadOnlyList<Territory> Epcis { get; }

    public IReadOnlyList<Territory> Departments { get; }

    public IReadOnlyList<Territory> Regions { get; }

    /// <summary>The reference does not name an EPCI's seat: its most populous commune stands in.</summary>
    public Territory? SeatOfEpci(Territory epci) => _largestInEpci.GetValueOrDefault(epci.Code);

    public Territory? SeatOfDepartment(Territory department) =>
        Commune(Councils.DepartmentSeat(department.Code)) ?? _largestInDepartment.GetValueOrDefault(department.Code);

    public Territory? SeatOfRegion(Territory region) =>
        Commune(Councils.RegionSeat(region.Code)) ?? _largestInRegion.GetValueOrDefault(region.Code);

    private Territory? Commune(string? code) => code is null ? null : _communes.GetValueOrDefault(code);

    private static IEnumerable<Territory> Ordered(IEnumerable<Territory> territories, TerritoryKind kind) =>
        territories.Where(territory => territory.Kind == kind).OrderBy(territory => territory.Code, StringComparer.Ordinal);

    private static void KeepLargest(Dictionary<string, Territory> largest, string? key, Territory commune)
    {
        if (key is not null && (!largest.TryGetValue(key, out var current) || (commune.Population ?? 0) > (current.Population ?? 0)))
        {
            largest[key] = commune;
        }
    }
}
