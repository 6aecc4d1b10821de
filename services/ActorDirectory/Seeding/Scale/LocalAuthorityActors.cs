using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Offers;
using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Seeding.Scale;

/// <summary>
/// One actor per local authority of the territory reference: regional and departmental councils,
/// EPCI and communes, with their SIREN where the reference has it, based in their seat. Their ids
/// are the ones the demo data uses for the same authorities. Larger communes lend a room, and
/// sound and video equipment.
/// </summary>
internal static class LocalAuthorityActors
{
    private static readonly (string Abbreviation, string Expansion)[] EpciTypes =
        [("CA ", "Communauté d'agglomération "), ("CC ", "Communauté de communes "), ("CU ", "Communauté urbaine ")];

    public static void AddTo(ScaleData data, ScaleTerritories reference)
    {
        foreach (var region in reference.Regions)
        {
            Add(data, TerritoryKind.Region, ActorKind.Region, region, Councils.RegionCouncilName(region), reference.SeatOfRegion(region));
        }

        foreach (var department in reference.Departments)
        {
            Add(data, TerritoryKind.Department, ActorKind.Department, department, Councils.DepartmentCouncilName(department), reference.SeatOfDepartment(department));
        }

        foreach (var epci in reference.Epcis)
        {
            Add(data, TerritoryKind.Epci, ActorKind.Epci, epci, EpciActorName(epci), reference.SeatOfEpci(epci));
        }

        foreach (var commune in reference.Communes)
        {
            var actor = Add(data, TerritoryKind.Commune, ActorKind.Commune, commune, CommuneActorName(commune), commune);
            AddCommuneOffers(data, actor!, commune);
        }
    }

    /// <summary>"Ville de Lille" from 10,000 inhabitants, "Mairie de Billère"... below.</summary>
    public static string CommuneActorName(Territory commune) =>
        (commune.Population >= 10_000 ? "Ville " : "Mairie ") + FrenchNames.OfCommune(commune.Name);

    /// <summary>"CA de Cergy-Pontoise" becomes "Communauté d'agglomération de Cergy-Pontoise".</summary>
    public static string EpciActorName(Territory epci)
    {
        foreach (var (abbreviation, expansion) in EpciTypes)
        {
            if (epci.Name.StartsWith(abbreviation, StringComparison.Ordinal))
            {
                return expansion + epci.Name[abbreviation.Length..];
            }
        }

        return epci.Name;
    }

    /// <returns>Null when the authority has no council or no commune to be based in.</returns>
    private static SeedActor? Add(ScaleData data, TerritoryKind territoryKind, ActorKind kind, Territory territory, string? name, Territory? seat)
    {
        if (name is null || seat is null)
        {
            return null;
        }

        var actor = new SeedActor(
            DeterministicGuid.ForLocalAuthority(territoryKind, territory.Code),
            name,
            kind,
            Description: null,
            Themes: [],
            ServedAreas: [$"{territoryKind.ToString().ToLowerInvariant()}:{territory.Code}"],
            seat.ToLocation(),
            new PostalAddress(null, seat.PostalCodes.FirstOrDefault(), seat.Name),
            territory.Siren,
            Rna: null,
            IsInternationalSolidarity: false);
        data.Actors.Add(actor);
        return actor;
    }

    private static void AddCommuneOffers(ScaleData data, SeedActor actor, Territory commune)
    {
        var population = commune.Population ?? 0;
        if (population >= 5_000)
        {
            data.Offers.Add(new SeedOffer(
                DeterministicGuid.Create($"scale/commune/{commune.Code}/room"), actor.Id, OfferKind.Room,
                "Salle polyvalente " + FrenchNames.OfCommune(commune.Name),
                "Salle municipale prêtée aux associations pour leurs animations, sur réservation.",
                population switch { < 10_000 => 150, < 50_000 => 300, _ => 600 },
                ["reception"], actor.Location));
        }

        if (population >= 20_000)
        {
            data.Offers.Add(new SeedOffer(
                DeterministicGuid.Create($"scale/commune/{commune.Code}/hifi-video"), actor.Id, OfferKind.Equipment,
                "Matériel de sonorisation et de vidéoprojection",
                "Enceintes, micros, vidéoprojecteur et écran, prêtés avec un technicien municipal.",
                null, ["hifi-video"], actor.Location));
        }
    }
}
