using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Offers;
using ActorDirectory.Domain.Territories;
using static ActorDirectory.Seeding.Scale.AssociationVocabulary;

namespace ActorDirectory.Seeding.Scale;

/// <summary>
/// Plausible associations, spread over the communes in proportion to their population: about a
/// quarter in international solidarity ("Amitié Billère–Koudougou", "Comité de jumelage…", "Les
/// Amis d'Haïti"), the rest local (comités des fêtes, AMAP, repair cafés…); about one in twelve
/// offers something. Association n depends only on n and the territories, so asking for more
/// adds associations without changing the first ones.
/// </summary>
internal sealed class AssociationGenerator
{
    private const ulong Seed = 20261114;

    private readonly IReadOnlyList<Territory> _communes;
    private readonly long[] _cumulativePopulation;

    public AssociationGenerator(ScaleTerritories reference)
    {
        _communes = reference.Communes;
        _cumulativePopulation = new long[_communes.Count];
        long total = 0;
        for (var i = 0; i < _communes.Count; i++)
        {
            total += Math.Max(_communes[i].Population ?? 0, 0);
            _cumulativePopulation[i] = total;
        }
    }

    /// <summary>
    /// Generated RNA numbers: W00 and the association's number on 7 digits. No prefecture has the
    /// code 00, so they are fictional by construction.
    /// </summary>
    public static string RnaOf(int number) => $"W00{number:D7}";

    public void AddTo(ScaleData data, int count)
    {
        if (_communes.Count == 0)
        {
            return;
        }

        for (var number = 1; number <= count; number++)
        {
            var random = new SeedRandom(Seed, number);
            var commune = PickCommune(random);
            var founded = 1970 + random.Next(56);
            var actor = random.Chance(0.25)
                ? SolidarityAssociation(number, commune, founded, random)
                : LocalAssociation(number, commune, founded, random);
            data.Actors.Add(actor);
            if (random.Chance(0.08))
            {
                data.Offers.Add(OfferOf(number, actor, random));
            }
        }
    }

    private Territory PickCommune(SeedRandom random)
    {
        var total = _cumulativePopulation[^1];
        if (total == 0)
        {
            return random.Pick(_communes);
        }

        // The first commune whose cumulative population reaches the draw (communes without inhabitants share their predecessor's total).
        var draw = random.NextInt64(total) + 1;
        var index = Array.BinarySearch(_cumulativePopulation, draw);
        if (index < 0)
        {
            return _communes[~index];
        }

        while (index > 0 && _cumulativePopulation[index - 1] == draw)
        {
            index--;
        }

        return _communes[index];
    }

    private static SeedActor SolidarityAssociation(int number, Territory commune, int founded, SeedRandom random)
    {
        var theme = random.Pick(SolidarityThemes);
        var town = random.Pick(Towns);
        var country = random.Chance(0.5) ? town.Country : random.Pick(Countries);
        var name = random.Next(5) switch
        {
            0 => $"{random.Pick(Bonds)} {commune.Name}–{town.Name}",
            1 => $"Comité de jumelage {commune.Name}–{town.Name}",
            2 => $"Les Amis {country.Of}",
            3 => $"{theme.Label} Solidarité {country.Name}",
            _ => $"{random.Pick(Bonds)} {commune.Name}–{country.Name}",
        };
        var secondTheme = random.Pick(SolidarityThemes);
        string[] themes = secondTheme == theme ? [theme.Code] : [theme.Code, secondTheme.Code];
        var description = $"Association de solidarité internationale fondée en {founded} {FrenchNames.InCommune(commune.Name)} : "
            + $"{theme.Phrase} avec des partenaires {country.Of}.";
        return Association(number, commune, name, description, themes, isInternationalSolidarity: true, random);
    }

    private static SeedActor LocalAssociation(int number, Territory commune, int founded, SeedRandom random)
    {
        var kind = random.Pick(LocalAssociations);
        var name = $"{kind.Name} {FrenchNames.OfCommune(commune.Name)}";
        if (commune.Population >= 30_000 && random.Chance(0.6))
        {
            name += $" – quartier {random.Pick(Quarters)}";
        }

        var description = $"{kind.Activity} {FrenchNames.InCommune(commune.Name)}, depuis {founded}.";
        return Association(number, commune, name, description, [kind.ThemeCode], isInternationalSolidarity: false, random);
    }

    private static SeedActor Association(
        int number, Territory commune, string name, string description, string[] themes, bool isInternationalSolidarity, SeedRandom random) =>
        new(DeterministicGuid.Create($"scale/association/{number}"),
            name,
            ActorKind.Association,
            description,
            themes,
            ServedAreas: [],
            commune.ToLocation(),
            new PostalAddress(null, commune.PostalCodes.FirstOrDefault(), commune.Name),
            Siren: null,
            Rna: random.Chance(0.9) ? RnaOf(number) : null,
            isInternationalSolidarity);

    private static SeedOffer OfferOf(int number, SeedActor association, SeedRandom random)
    {
        var id = DeterministicGuid.Create($"scale/association/{number}/offer");
        var theme = SolidarityThemes.FirstOrDefault(t => t.Code == association.Themes[0]) ?? SolidarityThemes[0];
        return (association.IsInternationalSolidarity, random.Chance(0.5)) switch
        {
            (true, true) => new(id, association.Id, OfferKind.PedagogicalIntervention, $"Intervention en classe sur {theme.Phrase}",
                "Une heure d'animation avec témoignages et photos, pour les écoles et les collèges.", null, ["school"], association.Location),
            (true, false) => new(id, association.Id, OfferKind.PedagogicalMaterial, $"Exposition « {theme.Label} » en prêt",
                "Une dizaine de panneaux et un livret pour l'animer.", null, ["exhibition"], association.Location),
            (false, true) => new(id, association.Id, OfferKind.Volunteers, "Bénévoles pour l'accueil et la logistique",
                "Des bénévoles pour monter, tenir et ranger les animations de la Semaine.", null, ["volunteers"], association.Location),
            (false, false) => new(id, association.Id, OfferKind.Equipment, "Prêt de barnums, tables et chaises",
                "Du matériel pour les animations en plein air.", null, ["reception"], association.Location),
        };
    }
}
