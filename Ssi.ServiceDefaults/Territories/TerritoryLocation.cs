namespace Ssi.ServiceDefaults.Territories;

/// <summary>
/// A commune and the territories above it (its EPCI when it belongs to one, its department and
/// region), copied from the directory's territory reference when the commune is set, so that
/// "everything in department 64" is one indexed equality and a territory claim is checked
/// without looking anything up.
/// </summary>
public sealed record TerritoryLocation(string CommuneCode, string? EpciCode, string DepartmentCode, string RegionCode);
