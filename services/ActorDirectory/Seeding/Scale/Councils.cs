using ActorDirectory.Domain.Territories;

namespace ActorDirectory.Seeding.Scale;

/// <summary>
/// Names and seats of the departmental and regional councils. The territory reference keeps
/// neither the article of a department's name nor its seat (chef-lieu), so they are copied here
/// from the same COG data (<c>typeLiaison</c> and <c>chefLieu</c> of decoupage-administratif 6.0.0).
/// </summary>
internal static class Councils
{
    private static readonly Dictionary<string, Council> Departments = new()
    {
        ["01"] = new(5, "01053"), ["02"] = new(5, "02408"), ["03"] = new(5, "03190"), ["04"] = new(4, "04070"), ["05"] = new(4, "05061"),
        ["06"] = new(4, "06088"), ["07"] = new(5, "07186"), ["08"] = new(4, "08105"), ["09"] = new(5, "09122"), ["10"] = new(5, "10387"),
        ["11"] = new(5, "11069"), ["12"] = new(5, "12202"), ["13"] = new(4, "13055"), ["14"] = new(2, "14118"), ["15"] = new(2, "15014"),
        ["16"] = new(3, "16015"), ["17"] = new(3, "17300"), ["18"] = new(2, "18033"), ["19"] = new(3, "19272"), ["21"] = new(3, "21231"),
        ["22"] = new(4, "22278"), ["23"] = new(3, "23096"), ["24"] = new(3, "24322"), ["25"] = new(2, "25056"), ["26"] = new(3, "26362"),
        ["27"] = new(5, "27229"), ["28"] = new(1, "28085"), ["29"] = new(2, "29232"), ["2A"] = new(3, "2A004"), ["2B"] = new(3, "2B033"),
        ["30"] = new(2, "30189"), ["31"] = new(3, "31555"), ["32"] = new(2, "32013"), ["33"] = new(3, "33063"), ["34"] = new(5, "34172"),
        ["35"] = new(1, "35238"), ["36"] = new(5, "36044"), ["37"] = new(1, "37261"), ["38"] = new(5, "38185"), ["39"] = new(2, "39300"),
        ["40"] = new(4, "40192"), ["41"] = new(2, "41018"), ["42"] = new(3, "42218"), ["43"] = new(3, "43157"), ["44"] = new(3, "44109"),
        ["45"] = new(2, "45234"), ["46"] = new(2, "46042"), ["47"] = new(2, "47001"), ["48"] = new(3, "48095"), ["49"] = new(0, "49007"),
        ["50"] = new(3, "50502"), ["51"] = new(3, "51108"), ["52"] = new(3, "52121"), ["53"] = new(3, "53130"), ["54"] = new(0, "54395"),
        ["55"] = new(3, "55029"), ["56"] = new(2, "56260"), ["57"] = new(3, "57463"), ["58"] = new(3, "58194"), ["59"] = new(2, "59350"),
        ["60"] = new(5, "60057"), ["61"] = new(5, "61001"), ["62"] = new(2, "62041"), ["63"] = new(2, "63113"), ["64"] = new(4, "64445"),
        ["65"] = new(4, "65440"), ["66"] = new(4, "66136"), ["67"] = new(2, "67482"), ["68"] = new(2, "68066"), ["69"] = new(2, "69123"),
        ["70"] = new(3, "70550"), ["71"] = new(0, "71270"), ["72"] = new(3, "72181"), ["73"] = new(3, "73065"), ["74"] = new(3, "74010"),
        ["75"] = new(0, "75056"), ["76"] = new(3, "76540"), ["77"] = new(0, "77288"), ["78"] = new(4, "78646"), ["79"] = new(4, "79191"),
        ["80"] = new(3, "80021"), ["81"] = new(2, "81004"), ["82"] = new(2, "82121"), ["83"] = new(2, "83137"), ["84"] = new(2, "84007"),
        ["85"] = new(3, "85191"), ["86"] = new(3, "86194"), ["87"] = new(3, "87085"), ["88"] = new(4, "88160"), ["89"] = new(5, "89024"),
        ["90"] = new(2, "90010"), ["91"] = new(5, "91228"), ["92"] = new(4, "92050"), ["93"] = new(3, "93008"), ["94"] = new(2, "94028"),
        ["95"] = new(2, "95500"), ["971"] = new(3, "97105"), ["972"] = new(3, "97209"), ["973"] = new(3, "97302"), ["974"] = new(0, "97411"),
        ["976"] = new(0, "97611"),
    };

    private static readonly Dictionary<string, Council> Regions = new()
    {
        ["01"] = new(3, "97105"), ["02"] = new(3, "97209"), ["03"] = new(3, "97302"), ["04"] = new(0, "97411"), ["06"] = new(0, "97611"),
        ["11"] = new(1, "75056"), ["24"] = new(2, "45234"), ["27"] = new(0, "21231"), ["28"] = new(0, "76540"), ["32"] = new(4, "59350"),
        ["44"] = new(2, "67482"), ["52"] = new(4, "44109"), ["53"] = new(0, "35238"), ["75"] = new(3, "33063"), ["76"] = new(1, "31555"),
        ["84"] = new(1, "69123"), ["93"] = new(0, "13055"), ["94"] = new(0, "2A004"),
    };

    // No departmental council of their own: Paris (the Ville de Paris holds its powers), Corsica,
    // Martinique and Guyane (single collectivities, named as regions below), Haut-Rhin (in the
    // Collectivité européenne d'Alsace, named after Bas-Rhin's seat, Strasbourg).
    private static readonly HashSet<string> DepartmentsWithoutCouncil = ["75", "2A", "2B", "972", "973", "68"];

    private static readonly Dictionary<string, string> DepartmentCouncilNames = new() { ["67"] = "Collectivité européenne d'Alsace" };

    // Mayotte's departmental council exercises the regional powers.
    private static readonly HashSet<string> RegionsWithoutCouncil = ["06"];

    private static readonly Dictionary<string, string> RegionCouncilNames = new()
    {
        ["94"] = "Collectivité de Corse",
        ["02"] = "Collectivité territoriale de Martinique",
        ["03"] = "Collectivité territoriale de Guyane",
    };

    /// <returns>Null where no departmental council exists, overseas collectivities (zone <c>com</c>) included: their communes stand for them.</returns>
    public static string? DepartmentCouncilName(Territory department) =>
        department.Zone == "com" || DepartmentsWithoutCouncil.Contains(department.Code) ? null
        : DepartmentCouncilNames.GetValueOrDefault(department.Code)
            ?? "Conseil départemental " + FrenchNames.OfTerritory(department.Name, Departments.GetValueOrDefault(department.Code)?.NameType ?? 0);

    /// <returns>Null where no regional council exists.</returns>
    public static string? RegionCouncilName(Territory region) =>
        region.Zone == "com" || RegionsWithoutCouncil.Contains(region.Code) ? null
        : RegionCouncilNames.GetValueOrDefault(region.Code)
            ?? "Conseil régional " + FrenchNames.OfTerritory(region.Name, Regions.GetValueOrDefault(region.Code)?.NameType ?? 0);

    public static string? DepartmentSeat(string code) => Departments.GetValueOrDefault(code)?.Seat;

    public static string? RegionSeat(string code) => Regions.GetValueOrDefault(code)?.Seat;

    /// <param name="NameType">The COG's TNCC: which article the name takes.</param>
    /// <param name="Seat">INSEE code of the chef-lieu commune.</param>
    private sealed record Council(int NameType, string Seat);
}
