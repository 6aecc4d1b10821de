using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Seeding.Demo;

/// <summary>
/// The organisations of the SSI documents. Local authorities, networks, the CCFD-Terre Solidaire,
/// the Conservatoire and the university are real, with their real SIREN (from the territory
/// reference) and public websites. The small associations, the school and the animation centre of
/// Billère and Fontenay-sous-Bois are invented, and so are their RNA numbers: the W00 prefix belongs
/// to no prefecture, so they can never be a real association's number. E-mails are at example.org
/// and phone numbers in the ranges ARCEP reserves for fiction.
/// </summary>
public static class DemoActors
{
    // Billère (64) and its open collective.
    public static readonly DemoActor MairieDeBillere = new(
        DeterministicGuid.ForLocalAuthority(TerritoryKind.Commune, "64129"),
        "Mairie de Billère", ActorKind.Commune, "64129",
        "La Ville coordonne et impulse le collectif de la Semaine de la solidarité internationale créé en 2014 : lien avec les écoles, "
        + "supports de communication et presse, appui logistique (salles municipales, matériel hi-fi/vidéo et de cuisine, régisseur), "
        + "recherche d'intervenants et de financements, suivi et évaluation.",
        ["citizenship", "decentralised-cooperation"], ["commune:64129"],
        new PostalAddress("Allée Montesquieu", "64140", "Billère"),
        Website: "https://www.ville-billere.fr/", PublicEmail: "ssi.billere@example.org", PublicPhone: "05 36 49 00 01",
        Siren: "216401299");

    public static readonly DemoActor JardinsPartagesDeBillere = Invented(
        "jardins-partages-billere", "Les Jardins partagés de Billère", ActorKind.Association, "64129",
        "Des habitants cultivent ensemble des jardins partagés et co-organisent la discosoupe de la Semaine avec l'épicerie sociale.",
        ["environment", "food-sovereignty"], "64140", "Billère", rna: "W009999901");

    public static readonly DemoActor EpicerieSocialeDeBillere = Invented(
        "epicerie-sociale-billere", "Épicerie sociale de Billère", ActorKind.Association, "64129",
        "Épicerie sociale et solidaire. Propose avec les Jardins partagés une « discosoupe » : une soupe géante cuisinée en musique "
        + "avec des légumes invendus.",
        ["food-sovereignty", "social-inclusion"], "64140", "Billère", rna: "W009999902");

    public static readonly DemoActor CcfdTerreSolidaireBillere = new(
        DeterministicGuid.Create("demo/actor/ccfd-terre-solidaire-billere"),
        "CCFD-Terre Solidaire – équipe locale de Billère", ActorKind.Association, "64129",
        "Groupe local du CCFD-Terre Solidaire : une exposition complétée par des travaux d'élèves, des interventions en classe "
        + "et le prêt de matériel pédagogique.",
        ["food-sovereignty", "human-rights"], ["commune:64129"],
        new PostalAddress(null, "64140", "Billère"),
        Website: "https://ccfd-terresolidaire.org", IsInternationalSolidarity: true);

    public static readonly DemoActor GroupeScolaireDuCentreBillere = Invented(
        "groupe-scolaire-centre-billere", "Groupe scolaire du Centre – Billère", ActorKind.School, "64129",
        "Des enseignants mobilisent leurs élèves, diffusent le programme dans l'école et accompagnent une classe qui réalise une exposition.",
        ["education"], "64140", "Billère");

    public static readonly DemoActor CentreAnimationBillere = Invented(
        "centre-animation-billere", "Centre d'animation de Billère", ActorKind.AnimationCentre, "64129",
        "Animations pendant les temps périscolaires en lien avec les enseignants ; diffuse les supports de communication et mobilise "
        + "adhérents et animateurs.",
        ["childhood", "citizenship"], "64140", "Billère");

    public static readonly DemoActor Radsi = new(
        DeterministicGuid.Create("demo/actor/radsi"),
        "RADSI Nouvelle-Aquitaine", ActorKind.RegionalNetwork, "33063",
        "Réseau aquitain pour le développement et la solidarité internationale : référent régional des campagnes de la Semaine "
        + "(aujourd'hui Festival des Solidarités) et ALIMENTERRE. Accompagne le collectif de Billère et relaie la communication "
        + "à toutes les associations de solidarité internationale de la région.",
        ["citizenship", "food-sovereignty"], ["region:75"],
        new PostalAddress(null, "33000", "Bordeaux"),
        PublicEmail: "contact.radsi@example.org", PublicPhone: "05 36 49 00 20");

    public static readonly DemoActor PyreneesSahelSolidarite = Invented(
        "pyrenees-sahel-solidarite", "Pyrénées–Sahel Solidarité", ActorKind.Association, "64129",
        "Association de solidarité internationale engagée depuis vingt ans avec des villages du Burkina Faso pour l'accès à l'eau "
        + "et la scolarisation ; marraine des associations qui débutent dans le collectif.",
        ["water", "education"], "64140", "Billère", rna: "W009999903", isInternationalSolidarity: true);

    public static readonly DemoActor JeunesSolidairesBillereMadagascar = Invented(
        "jeunes-solidaires-billere-madagascar", "Jeunes Solidaires Billère–Madagascar", ActorKind.Association, "64129",
        "Association créée par des étudiants en 2025 ; prépare sa première animation de la Semaine avec l'appui de Pyrénées–Sahel Solidarité.",
        ["education", "health"], "64140", "Billère", rna: "W009999904", isInternationalSolidarity: true);

    public static readonly DemoActor CineClubDeBillere = Invented(
        "cine-club-billere", "Ciné-club de Billère", ActorKind.Cinema, "64129",
        "Ciné-club associatif : projections-débats sur la solidarité internationale.",
        ["culture"], "64140", "Billère", rna: "W009999905");

    // Fontenay-sous-Bois (94): a Quinzaine rather than a week.
    public static readonly DemoActor VilleDeFontenaySousBois = new(
        DeterministicGuid.ForLocalAuthority(TerritoryKind.Commune, "94033"),
        "Ville de Fontenay-sous-Bois", ActorKind.Commune, "94033",
        "Conduit des actions de coopération internationale et accueille des populations migrantes. Près de 450 associations actives, "
        + "dont une centaine de solidarité internationale. La Semaine y est une Quinzaine : infrastructures prêtées gratuitement, "
        + "commission d'aide aux projets, outils de communication à tarif préférentiel, visibilité dans les supports de la ville.",
        ["decentralised-cooperation", "migrations", "citizenship"], ["commune:94033"],
        new PostalAddress(null, "94120", "Fontenay-sous-Bois"),
        Website: "https://www.fontenay-sous-bois.fr", PublicEmail: "quinzaine.fontenay@example.org", PublicPhone: "01 99 00 10 01",
        Siren: "219400330");

    public static readonly DemoActor MdcvaFontenay = new(
        DeterministicGuid.Create("demo/actor/mdcva-fontenay"),
        "MDCVA de Fontenay-sous-Bois – relations internationales", ActorKind.ResourceCentre, "94033",
        "Le service des relations internationales de la Ville accueille et accompagne les associations de la Quinzaine de la "
        + "solidarité internationale.",
        ["citizenship", "decentralised-cooperation"], ["commune:94033"],
        new PostalAddress("16 rue du Révérend Père Lucien Aubry", "94120", "Fontenay-sous-Bois"),
        Website: "https://solidariteinternationalefontenay.wordpress.com/", PublicEmail: "mdcva.fontenay@example.org",
        PublicPhone: "01 99 00 10 02");

    public static readonly DemoActor FontenayHaitiSolidarite = Invented(
        "fontenay-haiti-solidarite", "Fontenay–Haïti Solidarité", ActorKind.Association, "94033",
        "Soutient deux écoles et un dispensaire à Jacmel ; tient un stand et un repas partagé pendant la Quinzaine.",
        ["education", "health"], "94120", "Fontenay-sous-Bois", rna: "W009999911", isInternationalSolidarity: true);

    public static readonly DemoActor AmisDeKoudougou = Invented(
        "amis-de-koudougou", "Les Amis de Koudougou", ActorKind.Association, "94033",
        "Jumelage associatif avec Koudougou (Burkina Faso) : puits, maraîchage et échanges de jeunes.",
        ["water", "agriculture"], "94120", "Fontenay-sous-Bois", rna: "W009999912", isInternationalSolidarity: true);

    public static readonly DemoActor EchangesFontenayVietnam = Invented(
        "echanges-fontenay-vietnam", "Échanges Fontenay–Vietnam", ActorKind.Association, "94033",
        "Échanges culturels et soutien à la formation professionnelle de jeunes à Hué.",
        ["culture", "education"], "94120", "Fontenay-sous-Bois", rna: "W009999913", isInternationalSolidarity: true);

    // Cergy-Pontoise (95): the agglomeration federates.
    public static readonly DemoActor CaDeCergyPontoise = new(
        DeterministicGuid.ForLocalAuthority(TerritoryKind.Epci, "249500109"),
        "Communauté d'agglomération de Cergy-Pontoise", ActorKind.Epci, "95127",
        "Coordonne la Semaine avec les communes de l'agglomération pour mobiliser et accompagner les associations ; édite le programme "
        + "et des affiches, forme les porteurs d'actions de l'idée de projet à l'évaluation et co-organise des temps forts avec le "
        + "Conservatoire, les services jeunesse des communes, des associations d'insertion et l'université.",
        ["citizenship", "decentralised-cooperation"], ["epci:249500109"],
        new PostalAddress(null, "95000", "Cergy"),
        Website: "https://www.cergypontoise.fr", PublicEmail: "ssi.cergypontoise@example.org", PublicPhone: "01 99 00 20 01",
        Siren: "249500109");

    public static readonly DemoActor ConservatoireCergyPontoise = new(
        DeterministicGuid.Create("demo/actor/conservatoire-cergy-pontoise"),
        "Conservatoire à rayonnement régional de Cergy-Pontoise", ActorKind.Other, "95127",
        "Co-organise avec l'agglomération des concerts et des rencontres avec des musiciens invités pendant la Semaine.",
        ["culture"], ["epci:249500109"],
        new PostalAddress(null, "95000", "Cergy"));

    public static readonly DemoActor CyCergyParisUniversite = new(
        DeterministicGuid.Create("demo/actor/cy-cergy-paris-universite"),
        "CY Cergy Paris Université", ActorKind.University, "95127",
        "Accueille des conférences et des tables rondes de la Semaine avec ses associations étudiantes.",
        ["education"], ["epci:249500109"],
        new PostalAddress(null, "95000", "Cergy"),
        Website: "https://www.cyu.fr");

    // Essonne (91): the department and its resource centre.
    public static readonly DemoActor ConseilDepartementalEssonne = new(
        DeterministicGuid.ForLocalAuthority(TerritoryKind.Department, "91"),
        "Conseil départemental de l'Essonne", ActorKind.Department, "91228",
        "Dédie son centre de ressources de la solidarité internationale (CRESI) à l'accompagnement des organisateurs d'actions et "
        + "organise ses propres animations pour les agents départementaux : expositions dans le hall d'accueil, animations au "
        + "restaurant administratif, théâtre interculturel.",
        ["decentralised-cooperation", "citizenship"], ["department:91"],
        new PostalAddress(null, "91000", "Évry-Courcouronnes"),
        Website: "https://www.essonne.fr");

    public static readonly DemoActor Cresi = new(
        DeterministicGuid.Create("demo/actor/cresi-essonne"),
        "CRESI – Centre de ressources de la solidarité internationale de l'Essonne", ActorKind.ResourceCentre, "91228",
        "Accompagne les organisateurs d'actions de la Semaine : conseils de montage, documentation, expositions en prêt.",
        ["citizenship", "education"], ["department:91"],
        new PostalAddress(null, "91000", "Évry-Courcouronnes"),
        PublicEmail: "cresi@example.org", PublicPhone: "01 99 00 30 01");

    // Regional networks and the national association of local authorities.
    public static readonly DemoActor Resacoop = new(
        DeterministicGuid.Create("demo/actor/resacoop"),
        "RESACOOP", ActorKind.RegionalNetwork, "69123",
        "Réseau multi-acteurs d'appui à la coopération internationale en Auvergne-Rhône-Alpes. Anime avec la Région la concertation "
        + "qui choisit chaque année une thématique et une communication commune (presse, affichage en gare, spots radio).",
        ["decentralised-cooperation", "citizenship"], ["region:84"],
        new PostalAddress(null, "69001", "Lyon"),
        Website: "https://www.resacoop.org", PublicEmail: "contact.resacoop@example.org", PublicPhone: "04 65 71 00 01");

    public static readonly DemoActor LianesCooperation = new(
        DeterministicGuid.Create("demo/actor/lianes-cooperation"),
        "Lianes Coopération", ActorKind.RegionalNetwork, "59350",
        "Coordination régionale de la Semaine dans le Nord et le Pas-de-Calais : appuie les villes, les agglomérations et les "
        + "collectifs associatifs qui mobilisent chacun des dizaines d'acteurs.",
        ["decentralised-cooperation", "citizenship"], ["department:59", "department:62"],
        new PostalAddress(null, "59000", "Lille"),
        PublicEmail: "contact.lianes@example.org", PublicPhone: "03 53 01 00 01");

    public static readonly DemoActor PaysDeSavoieSolidaires = new(
        DeterministicGuid.Create("demo/actor/pays-de-savoie-solidaires"),
        "Pays de Savoie Solidaires", ActorKind.RegionalNetwork, "73065",
        "Association missionnée par le Département de la Savoie pour l'animation territoriale de la Semaine.",
        ["decentralised-cooperation", "citizenship"], ["department:73", "department:74"],
        new PostalAddress(null, "73000", "Chambéry"),
        PublicEmail: "contact.pss@example.org", PublicPhone: "04 65 71 00 02");

    public static readonly DemoActor CitesUniesFrance = new(
        DeterministicGuid.Create("demo/actor/cites-unies-france"),
        "Cités Unies France", ActorKind.Association, "75056",
        "Association de collectivités territoriales engagées dans la coopération internationale, membre du comité de pilotage "
        + "national de la Semaine.",
        ["decentralised-cooperation"], [],
        new PostalAddress(null, "75010", "Paris"),
        Website: "https://cites-unies-france.org", IsInternationalSolidarity: true);

    // Nord: cities that mobilise dozens of actors.
    public static readonly DemoActor VilleDeLille = new(
        DeterministicGuid.ForLocalAuthority(TerritoryKind.Commune, "59350"),
        "Ville de Lille", ActorKind.Commune, "59350",
        "Publie un « livret d'engagements du citoyen solidaire », diffuse des clips dans le métro et organise des temps forts qui "
        + "croisent solidarité internationale, sport et culture.",
        ["citizenship", "culture", "sport"], ["commune:59350"],
        new PostalAddress("Place Augustin Laurent", "59000", "Lille"),
        Website: "https://www.lille.fr", Siren: "215903501");

    public static readonly DemoActor VilleDeDunkerque = new(
        DeterministicGuid.ForLocalAuthority(TerritoryKind.Commune, "59183"),
        "Ville de Dunkerque", ActorKind.Commune, "59183",
        "Appuie un collectif d'acteurs sur des animations innovantes et engagées qui valorisent notamment la place des personnes "
        + "migrantes dans la cité.",
        ["migrations", "citizenship"], ["commune:59183"],
        new PostalAddress(null, "59140", "Dunkerque"),
        Website: "https://www.ville-dunkerque.fr", Siren: "200027159");

    // The regions that fund the week: the former Nord-Pas-de-Calais council's special call, Rhône-Alpes' referents per department.
    public static readonly DemoActor RegionHautsDeFrance = new(
        DeterministicGuid.ForLocalAuthority(TerritoryKind.Region, "32"),
        "Région Hauts-de-France", ActorKind.Region, "59350",
        "Héritière du Conseil régional du Nord-Pas-de-Calais, qui ouvrait chaque année un appel à projets spécial pour les "
        + "animations de la Semaine portées par les associations de la région.",
        ["decentralised-cooperation", "citizenship"], ["region:32"],
        new PostalAddress("151 avenue du Président Hoover", "59000", "Lille"),
        Website: "https://www.hautsdefrance.fr");

    public static readonly DemoActor RegionAuvergneRhoneAlpes = new(
        DeterministicGuid.ForLocalAuthority(TerritoryKind.Region, "84"),
        "Région Auvergne-Rhône-Alpes", ActorKind.Region, "69123",
        "Finance la Semaine par l'intermédiaire d'une organisation référente dans chaque département, qui redistribue aux "
        + "porteurs d'animations.",
        ["decentralised-cooperation", "citizenship"], ["region:84"],
        new PostalAddress(null, "69002", "Lyon"),
        Website: "https://www.auvergnerhonealpes.fr");

    public static readonly DemoActor LilleSahelEchanges = Invented(
        "lille-sahel-echanges", "Lille–Sahel Échanges", ActorKind.Association, "59350",
        "Jumelages d'écoles entre Lille-Sud et le Burkina Faso ; anime chaque année une disco soupe et un forum des solidarités.",
        ["education", "food-sovereignty"], "59000", "Lille", rna: "W009999921", isInternationalSolidarity: true);

    public static readonly DemoActor DunkerqueTerreDAccueil = Invented(
        "dunkerque-terre-d-accueil", "Dunkerque Terre d'accueil", ActorKind.Association, "59183",
        "Valorise la place des personnes migrantes dans la cité : repas partagés, récits de vie et expositions.",
        ["migrations", "citizenship"], "59140", "Dunkerque", rna: "W009999922", isInternationalSolidarity: true);

    // Social action centres.
    public static readonly DemoActor CcasEaubonne = new(
        DeterministicGuid.Create("demo/actor/ccas-eaubonne"),
        "CCAS d'Eaubonne", ActorKind.Ccas, "95203",
        "A organisé pour la Semaine une conférence animée par l'OIT, une exposition et une projection sur le thème "
        + "« Pouvons-nous accepter le travail des enfants ? ».",
        ["human-rights", "childhood"], ["commune:95203"],
        new PostalAddress(null, "95600", "Eaubonne"));

    public static readonly DemoActor CcasAmiens = new(
        DeterministicGuid.Create("demo/actor/ccas-amiens"),
        "CCAS d'Amiens", ActorKind.Ccas, "80021",
        "A permis à un public défavorisé de participer au Festival international du film d'Amiens, inscrit dans la Semaine.",
        ["culture", "social-inclusion"], ["commune:80021"],
        new PostalAddress(null, "80000", "Amiens"));

    public static IReadOnlyList<DemoActor> All { get; } =
    [
        MairieDeBillere, JardinsPartagesDeBillere, EpicerieSocialeDeBillere, CcfdTerreSolidaireBillere, GroupeScolaireDuCentreBillere,
        CentreAnimationBillere, Radsi, PyreneesSahelSolidarite, JeunesSolidairesBillereMadagascar, CineClubDeBillere,
        VilleDeFontenaySousBois, MdcvaFontenay, FontenayHaitiSolidarite, AmisDeKoudougou, EchangesFontenayVietnam,
        CaDeCergyPontoise, ConservatoireCergyPontoise, CyCergyParisUniversite,
        ConseilDepartementalEssonne, Cresi,
        Resacoop, LianesCooperation, PaysDeSavoieSolidaires, CitesUniesFrance,
        VilleDeLille, VilleDeDunkerque,
        RegionHautsDeFrance, RegionAuvergneRhoneAlpes, LilleSahelEchanges, DunkerqueTerreDAccueil,
        CcasEaubonne, CcasAmiens,
    ];

    /// <summary>An organisation invented for the demo (no website, no public contact).</summary>
    private static DemoActor Invented(
        string key, string name, ActorKind kind, string communeCode, string description, string[] themes,
        string postalCode, string city, string? rna = null, bool isInternationalSolidarity = false) =>
        new(DeterministicGuid.Create("demo/actor/" + key), name, kind, communeCode, description, themes, [$"commune:{communeCode}"],
            new PostalAddress(null, postalCode, city), Rna: rna, IsInternationalSolidarity: isInternationalSolidarity);
}
