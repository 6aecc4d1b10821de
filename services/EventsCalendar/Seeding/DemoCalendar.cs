using EventsCalendar.Domain.Events;

namespace EventsCalendar.Seeding;

/// <summary>
/// The 2026 programmes and events of the SSI documents' places and organisations: Cergy-Pontoise's
/// agglomeration programme, Fontenay-sous-Bois' fortnight, Billère's collective (the discosoupe,
/// the CCFD-Terre Solidaire exhibition with pupils' work), the CCAS of Eaubonne's conference on
/// child labour and Essonne's events for its staff. Organisers are named as the directory's demo
/// data names them; the people behind the addresses are invented, at example.org.
/// </summary>
public static class DemoCalendar
{
    public const int Year = 2026;
    public static readonly DateOnly NationalStart = new(2026, 11, 13);
    public static readonly DateOnly NationalEnd = new(2026, 11, 29);

    public static readonly IReadOnlyList<DemoProgramme> Programmes =
    [
        new("epci:249500109", "Festival des Solidarités de Cergy-Pontoise", "Communauté d'agglomération de Cergy-Pontoise",
            "Migrations et hospitalité", NationalStart, NationalEnd, RequiresModeration: true, "coordination.ssi@cergypontoise.example.org"),
        new("commune:94033", "La Quinzaine de la solidarité internationale de Fontenay-sous-Bois", "Ville de Fontenay-sous-Bois",
            "Solidarités d'ici et d'ailleurs", NationalStart, new DateOnly(2026, 11, 27), RequiresModeration: true, "relations.internationales@fontenay.example.org"),
        new("commune:64129", "La Semaine de la solidarité internationale à Billère", "Mairie de Billère",
            "Nourrir le monde sans le détruire", NationalStart, NationalEnd, RequiresModeration: false, "collectif.ssi@billere.example.org"),
        new("department:91", "Festival des Solidarités en Essonne", "Conseil départemental de l'Essonne",
            null, NationalStart, NationalEnd, RequiresModeration: true, "cresi@essonne.example.org"),
    ];

    public static readonly IReadOnlyList<DemoEvent> Events =
    [
        new("billere-discosoupe", "Les Jardins partagés de Billère", ["Épicerie sociale de Billère"], "commune:64129",
            "Discosoupe solidaire", "Une soupe géante cuisinée en musique avec des légumes invendus, à partager.",
            "Épluchez, coupez, dansez : les **Jardins partagés** et l'**Épicerie sociale** cuisinent une soupe géante avec des légumes sauvés du gaspillage. Dégustation gratuite à 20 h.",
            EventKind.SharedMeal, [Audience.GeneralPublic, Audience.Families], [Accessibility.Wheelchair],
            new DemoVenue("Salle de Lacaou", "Allée du Lacaou", "64140"), [Slot("2026-11-18T17:30", "2026-11-18T21:30")],
            ["Souveraineté alimentaire", "Gaspillage"]),
        new("billere-exposition-ccfd", "CCFD-Terre Solidaire – équipe locale de Billère", ["Groupe scolaire du Centre – Billère"], "commune:64129",
            "Exposition « Nourrir le monde » et travaux d'élèves",
            "L'exposition du CCFD-Terre Solidaire, complétée par les travaux des élèves du groupe scolaire du Centre.",
            "Une exposition sur la souveraineté alimentaire, enrichie des dessins et enquêtes réalisés en classe. Visites commentées pour les classes sur demande.",
            EventKind.Exhibition, [Audience.GeneralPublic, Audience.Schools], [Accessibility.Wheelchair, Accessibility.Visual],
            new DemoVenue("Médiathèque d'Este", "Rue Pierre-Bonnard", "64140"),
            [.. new[] { 16, 17, 18, 19, 20, 23, 24, 25, 26, 27 }.Select(day => Slot($"2026-11-{day}T14:00", $"2026-11-{day}T18:00"))],
            ["Souveraineté alimentaire", "Éducation"]),
        new("billere-cine-club", "Ciné-club de Billère", [], "commune:64129",
            "Ciné-débat : « Sur le chemin de l'école »", "Quatre enfants, quatre continents, un même chemin vers l'école ; débat après la projection.",
            null, EventKind.FilmScreening, [Audience.GeneralPublic, Audience.Families], [Accessibility.Wheelchair, Accessibility.Hearing],
            new DemoVenue("Salle de Lacaou", "Allée du Lacaou", "64140"),
            [Slot("2026-11-14T20:30", "2026-11-14T22:45"), Slot("2026-11-21T15:00", "2026-11-21T17:15")], ["Éducation", "Droits de l'enfant"]),
        new("cergy-forum", "Communauté d'agglomération de Cergy-Pontoise", ["CY Cergy Paris Université"], "epci:249500109",
            "Forum des acteurs de la solidarité internationale", "Les associations de l'agglomération présentent leurs projets et échangent avec le public.",
            null, EventKind.Forum, [Audience.GeneralPublic], [Accessibility.Wheelchair],
            new DemoVenue("Hôtel d'agglomération", "Parvis de la Préfecture", "95000"), [Slot("2026-11-14T10:00", "2026-11-14T17:00")], ["Migrations"]),
        new("cergy-concert", "Conservatoire à rayonnement régional de Cergy-Pontoise", ["Communauté d'agglomération de Cergy-Pontoise"], "epci:249500109",
            "Concert « Musiques du monde »", "Les élèves du conservatoire jouent les musiques des pays des associations partenaires.",
            null, EventKind.Concert, [Audience.GeneralPublic, Audience.Families], [Accessibility.Wheelchair],
            new DemoVenue("Auditorium du Conservatoire", "Parvis de la Préfecture", "95000"), [Slot("2026-11-20T20:00", "2026-11-20T21:30")], ["Culture"]),
        new("cergy-conference", "CY Cergy Paris Université", [], "epci:249500109",
            "Conférence : migrations, idées reçues et réalités", "Des chercheurs de CY Cergy Paris Université répondent aux questions du public.",
            null, EventKind.Conference, [Audience.GeneralPublic], [Accessibility.Wheelchair, Accessibility.Hearing],
            new DemoVenue("Amphithéâtre des Chênes", "33 boulevard du Port", "95000"), [Slot("2026-11-17T18:30", "2026-11-17T20:30")], ["Migrations"]),
        new("fontenay-village", "MDCVA de Fontenay-sous-Bois – relations internationales", ["Fontenay–Haïti Solidarité"], "commune:94033",
            "Village des solidarités", "Stands, contes et musiques des associations fontenaysiennes de solidarité internationale.",
            null, EventKind.Forum, [Audience.GeneralPublic, Audience.Families], [Accessibility.Wheelchair],
            new DemoVenue("Halle Roublot", "Rue Roublot", "94120"), [Slot("2026-11-21T14:00", "2026-11-21T19:00")], ["Solidarités"]),
        new("fontenay-haiti", "Fontenay–Haïti Solidarité", [], "commune:94033",
            "Exposition « Haïti, reconstruire ensemble »", "Dix ans de projets menés avec des écoles haïtiennes, en photographies.",
            null, EventKind.Exhibition, [Audience.GeneralPublic, Audience.Schools], [Accessibility.Wheelchair],
            new DemoVenue("Maison du citoyen et de la vie associative", "16 rue du Révérend Père Lucien Aubry", "94120"),
            [.. new[] { 16, 18, 20, 23, 25 }.Select(day => Slot($"2026-11-{day}T10:00", $"2026-11-{day}T18:00"))], ["Éducation"]),
        new("eaubonne-travail-enfants", "CCAS d'Eaubonne", [], null,
            "Conférence : pouvons-nous accepter le travail des enfants ?",
            "Une conférence animée avec l'Organisation internationale du travail, suivie d'une exposition et d'une projection.",
            null, EventKind.Conference, [Audience.GeneralPublic], [Accessibility.Wheelchair],
            new DemoVenue("Espace Cyrano", "Rue Jean Mermoz", "95600"), [Slot("2026-11-19T18:30", "2026-11-19T21:00")], ["Droits de l'enfant"]),
        new("essonne-hall", "CRESI – Centre de ressources de la solidarité internationale de l'Essonne", ["Conseil départemental de l'Essonne"], "department:91",
            "Exposition dans le hall de l'hôtel du Département", "Les projets des acteurs essonniens de la solidarité internationale, présentés aux agents et aux visiteurs.",
            null, EventKind.Exhibition, [Audience.Staff, Audience.GeneralPublic], [Accessibility.Wheelchair],
            new DemoVenue("Hall de l'hôtel du Département", "Boulevard de France", "91000"),
            [.. new[] { 16, 17, 18, 19, 20 }.Select(day => Slot($"2026-11-{day}T09:00", $"2026-11-{day}T17:00"))], ["Solidarités"]),
        new("essonne-theatre", "CRESI – Centre de ressources de la solidarité internationale de l'Essonne", [], "department:91",
            "Théâtre interculturel pour les agents départementaux", "Une pièce suivie d'un échange, sur invitation des agents du Département.",
            null, EventKind.Theatre, [Audience.Staff], [Accessibility.Wheelchair],
            new DemoVenue("Restaurant administratif du Département", "Boulevard de France", "91000"), [Slot("2026-11-19T12:15", "2026-11-19T13:45")], ["Interculturalité"]),
    ];

    private static (string StartsAt, string EndsAt) Slot(string startsAt, string endsAt) => (startsAt, endsAt);
}

/// <param name="Territory">The programme's territory reference.</param>
/// <param name="Coordinator">The invented account that moderates it.</param>
public sealed record DemoProgramme(string Territory, string Name, string CoordinatingActor, string? LocalTheme, DateOnly StartsOn, DateOnly EndsOn,
    bool RequiresModeration, string Coordinator);

/// <param name="Key">Its external id in the <c>demo</c> source, so that seeding again updates rather than duplicates.</param>
/// <param name="Programme">The territory of the programme it joins, if any.</param>
public sealed record DemoEvent(string Key, string Organiser, IReadOnlyList<string> Partners, string? Programme, string Title, string Summary,
    string? Description, EventKind Kind, IReadOnlyList<Audience> Audiences, IReadOnlyList<Accessibility> Accessibility, DemoVenue Venue,
    IReadOnlyList<(string StartsAt, string EndsAt)> Slots, IReadOnlyList<string> Themes);

/// <summary>A place in the organiser's commune.</summary>
public sealed record DemoVenue(string Name, string Address, string PostalCode);
