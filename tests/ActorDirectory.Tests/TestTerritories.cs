using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Tests;

/// <summary>A few real territories of the SSI documents, as the reference import would store them.</summary>
internal static class TestTerritories
{
    public static IEnumerable<Territory> All()
    {
        yield return Region("75", "Nouvelle-Aquitaine");
        yield return Region("11", "Île-de-France");
        yield return Region("32", "Hauts-de-France");
        yield return Region("84", "Auvergne-Rhône-Alpes");

        yield return Department("64", "Pyrénées-Atlantiques", "75");
        yield return Department("94", "Val-de-Marne", "11");
        yield return Department("95", "Val-d'Oise", "11");
        yield return Department("91", "Essonne", "11");
        yield return Department("59", "Nord", "32");
        yield return Department("69", "Rhône", "84");
        yield return Department("33", "Gironde", "75");
        yield return Department("73", "Savoie", "84");
        yield return Department("80", "Somme", "32");
        yield return Department("75", "Paris", "11");

        yield return Epci("200067254", "CA Pau Béarn Pyrénées", "CA", "64", "75");
        yield return Epci("249500109", "CA de Cergy-Pontoise", "CA", "95", "11");
        yield return Epci("200093201", "Métropole Européenne de Lille", "METRO", "59", "32");
        yield return Epci("200058485", "CA Val Parisis", "CA", "95", "11");
        yield return Epci("200054781", "Métropole du Grand Paris", "METRO", null, "11");
        yield return Epci("200067106", "CA du Pays Basque", "CA", "64", "75");
        yield return Epci("200046977", "Métropole de Lyon", "MET69", "69", "84");

        yield return Commune("64129", "Billère", "216401299", 14384, "200067254", "64", "75", "64140");
        yield return Commune("64445", "Pau", "216404459", 76275, "200067254", "64", "75", "64000");
        yield return Commune("94033", "Fontenay-sous-Bois", "219400330", 53757, "200054781", "94", "11", "94120");
        yield return Commune("95127", "Cergy", "219501277", 70906, "249500109", "95", "11", "95000");
        yield return Commune("95203", "Eaubonne", "219502036", 25467, "200058485", "95", "11", "95600");
        yield return Commune("59350", "Lille", "215903501", 238246, "200093201", "59", "32", "59000");
        yield return Commune("91228", "Évry-Courcouronnes", "219102282", 66700, null, "91", "11", "91000");
        yield return Commune("64102", "Bayonne", "216401026", 54306, "200067106", "64", "75", "64100");
        yield return Commune("64335", "Lescar", "216403352", 9455, "200067254", "64", "75", "64230");
        yield return Commune("69123", "Lyon", "216901231", 519127, "200046977", "69", "84", "69001");
        yield return Commune("33063", "Bordeaux", "213300635", 267991, "243300316", "33", "75", "33000");
        yield return Commune("73065", "Chambéry", "217300656", 59964, "200069110", "73", "84", "73000");
        yield return Commune("59183", "Dunkerque", "200027159", 86263, "245900428", "59", "32", "59140");
        yield return Commune("80021", "Amiens", "218000198", 136449, "248000531", "80", "32", "80000");
        yield return Commune("75056", "Paris", "217500016", 2103778, "200054781", "75", "11", "75001");
    }

    private static Territory Region(string code, string name) => new(TerritoryKind.Region, code, name);

    private static Territory Department(string code, string name, string region) =>
        new(TerritoryKind.Department, code, name) { RegionCode = region };

    private static Territory Epci(string siren, string name, string type, string? department, string region) =>
        new(TerritoryKind.Epci, siren, name) { Siren = siren, EpciType = type, DepartmentCode = department, RegionCode = region };

    private static Territory Commune(string code, string name, string siren, int population, string? epci, string department, string region, string postalCode) =>
        new(TerritoryKind.Commune, code, name)
        {
            Siren = siren,
            Population = population,
            EpciCode = epci,
            DepartmentCode = department,
            RegionCode = region,
            PostalCodes = [postalCode],
        };
}
