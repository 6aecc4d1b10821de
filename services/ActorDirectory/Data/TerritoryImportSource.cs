using System.Text.Json.Serialization;
using System.Text.Json;
using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Data;

/// <summary>
/// Reads France's territories from the <c>data/</c> folder of the npm package
/// <c>@etalab/decoupage-administratif</c> (code MIT, data Licence Ouverte: INSEE's official
/// geographic code, DGCL's intercommunalities, La Poste's postal codes).
/// </summary>
/// <remarks>
/// Only current communes are kept: the same file lists delegated and associated communes and
/// municipal districts, some under the code of the commune they belong to. Communes carry no EPCI,
/// so EPCI membership is read from each EPCI's member list. Regions and departments have no
/// population in the package: they get the sum of their communes'.
/// </remarks>
public static class TerritoryImportSource
{
    public static readonly string[] Files = ["regions.json", "departements.json", "epci.json", "communes.json"];

    private const string CurrentCommune = "commune-actuelle";

    private static readonly JsonSerializerOptions Json = new()
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>All regions, departments, EPCI and current communes, ready to store.</summary>
    /// <exception cref="InvalidDataException">The directory or one of its files is missing or malformed.</exception>
    public static async Task<IReadOnlyList<Territory>> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidDataException($"The territory data directory '{directory}' does not exist.");
        }

        var regions = await ReadFileAsync<RegionRecord>(directory, "regions.json", cancellationToken);
        var departments = await ReadFileAsync<DepartmentRecord>(directory, "departements.json", cancellationToken);
        var epcis = await ReadFileAsync<EpciRecord>(directory, "epci.json", cancellationToken);
        var communes = (await ReadFileAsync<CommuneRecord>(directory, "communes.json", cancellationToken))
            .Where(commune => commune.Type == CurrentCommune)
            .ToList();

        var regionCodes = CheckCodes("regions.json", TerritoryKind.Region, regions.Select(region => region.Code));
        var departmentCodes = CheckCodes("departements.json", TerritoryKind.Department, departments.Select(department => department.Code));
        CheckCodes("epci.json", TerritoryKind.Epci, epcis.Select(epci => epci.Code));
        CheckCodes("communes.json", TerritoryKind.Commune, communes.Select(commune => commune.Code));
        Check("departements.json", departments.All(department => regionCodes.Contains(department.Region)), "has a department in an unknown region");
        Check("communes.json", communes.All(commune => departmentCodes.Contains(commune.Department) && regionCodes.Contains(commune.Region)), "has a commune in an unknown department or region");
        Check("communes.json", communes.Count > 0, $"has no {CurrentCommune}");

        var communesByCode = communes.ToDictionary(commune => commune.Code);
        var epciOfCommune = new Dictionary<string, string>();
        foreach (var epci in epcis)
        {
            Check("epci.json", epci.Members.Count > 0, $"lists EPCI {epci.Code} without members");
            foreach (var member in epci.Members)
            {
                Check("epci.json", communesByCode.ContainsKey(member.Code), $"lists {member.Code} as a member of EPCI {epci.Code}, but communes.json has no such {CurrentCommune}");
                Check("epci.json", epciOfCommune.TryAdd(member.Code, epci.Code), $"lists commune {member.Code} in two EPCI");
            }
        }

        var regionPopulation = SumPopulations(communes, commune => commune.Region);
        var departmentPopulation = SumPopulations(communes, commune => commune.Department);

        var territories = new List<Territory>(regions.Count + departments.Count + epcis.Count + communes.Count);
        territories.AddRange(regions.Select(region => new Territory(TerritoryKind.Region, region.Code, region.Name)
        {
            Population = regionPopulation.GetValueOrDefault(region.Code),
            Zone = region.Zone,
        }));
        territories.AddRange(departments.Select(department => new Territory(TerritoryKind.Department, department.Code, department.Name)
        {
            Population = departmentPopulation.GetValueOrDefault(department.Code),
            RegionCode = department.Region,
            Zone = department.Zone,
        }));
        territories.AddRange(epcis.Select(epci =>
        {
            var members = epci.Members.Select(member => communesByCode[member.Code]).ToList();
            return new Territory(TerritoryKind.Epci, epci.Code, epci.Name)
            {
                Siren = epci.Code,
                Population = epci.MunicipalPopulation,
                EpciType = epci.Type,
                DepartmentCode = SingleOrNull(members.Select(member => member.Department)),
                RegionCode = SingleOrNull(members.Select(member => member.Region)),
                Zone = members[0].Zone,
            };
        }));
        territories.AddRange(communes.Select(commune => new Territory(TerritoryKind.Commune, commune.Code, commune.Name)
        {
            Siren = commune.Siren,
            Population = commune.Population,
            EpciCode = epciOfCommune.GetValueOrDefault(commune.Code),
            DepartmentCode = commune.Department,
            RegionCode = commune.Region,
            Zone = commune.Zone,
            PostalCodes = commune.PostalCodes ?? [],
        }));
        return territories;
    }

    private static async Task<List<T>> ReadFileAsync<T>(string directory, string file, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path} is missing: the directory must hold the data/ files of @etalab/decoupage-administratif ({string.Join(", ", Files)}).");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var records = await JsonSerializer.DeserializeAsync<List<T>>(stream, Json, cancellationToken);
            Check(file, records is { Count: > 0 }, "is empty");
            return records!;
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not in the format of @etalab/decoupage-administratif: {exception.Message}", exception);
        }
    }

    private static HashSet<string> CheckCodes(string file, TerritoryKind kind, IEnumerable<string> codes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            Check(file, TerritoryReference.IsWellFormed(kind, code), $"has '{code}', which is not a {kind.ToString().ToLowerInvariant()} code");
            Check(file, seen.Add(code), $"has code {code} twice");
        }

        return seen;
    }

    private static void Check(string file, bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"{file} {problem}.");
        }
    }

    /// <summary>The total of the communes that have a population; null where none has one.</summary>
    private static Dictionary<string, int?> SumPopulations(List<CommuneRecord> communes, Func<CommuneRecord, string> parent) =>
        communes.GroupBy(parent).ToDictionary(
            group => group.Key,
            group => group.Any(commune => commune.Population is not null) ? group.Sum(commune => commune.Population) : null);

    private static string? SingleOrNull(IEnumerable<string> codes)
    {
        var distinct = codes.Distinct().Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    private sealed record RegionRecord(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("nom")] string Name,
        [property: JsonPropertyName("zone")] string Zone);

    private sealed record DepartmentRecord(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("nom")] string Name,
        [property: JsonPropertyName("region")] string Region,
        [property: JsonPropertyName("zone")] string Zone);

    private sealed record EpciRecord(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("nom")] string Name,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("membres")] List<EpciMemberRecord> Members,
        [property: JsonPropertyName("populationMunicipale")] int? MunicipalPopulation = null);

    private sealed record EpciMemberRecord([property: JsonPropertyName("code")] string Code);

    private sealed record CommuneRecord(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("nom")] string Name,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("zone")] string Zone,
        [property: JsonPropertyName("departement")] string Department,
        [property: JsonPropertyName("region")] string Region,
        [property: JsonPropertyName("siren")] string? Siren = null,
        [property: JsonPropertyName("population")] int? Population = null,
        [property: JsonPropertyName("codesPostaux")] List<string>? PostalCodes = null);
}
