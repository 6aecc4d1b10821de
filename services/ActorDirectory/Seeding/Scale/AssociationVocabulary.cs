namespace ActorDirectory.Seeding.Scale;

/// <summary>The words generated association names and descriptions are made of.</summary>
internal static class AssociationVocabulary
{
    /// <param name="Of">The country with its preposition: "du Burkina Faso", "d'Haïti".</param>
    public sealed record Country(string Name, string Of);

    public sealed record Town(string Name, Country Country);

    /// <param name="Label">As it reads in a name: "Eau", "Santé".</param>
    /// <param name="Phrase">As it reads in a sentence: "l'accès à l'eau potable".</param>
    public sealed record Theme(string Code, string Label, string Phrase);

    /// <param name="Activity">What it does, completed by where: "Organise les fêtes et les animations".</param>
    public sealed record LocalAssociation(string Name, string ThemeCode, string Activity);

    private static readonly Country BurkinaFaso = new("Burkina Faso", "du Burkina Faso");
    private static readonly Country Madagascar = new("Madagascar", "de Madagascar");
    private static readonly Country Haiti = new("Haïti", "d'Haïti");
    private static readonly Country Senegal = new("Sénégal", "du Sénégal");
    private static readonly Country Mali = new("Mali", "du Mali");
    private static readonly Country Niger = new("Niger", "du Niger");
    private static readonly Country Benin = new("Bénin", "du Bénin");
    private static readonly Country Togo = new("Togo", "du Togo");
    private static readonly Country Cameroun = new("Cameroun", "du Cameroun");
    private static readonly Country Maroc = new("Maroc", "du Maroc");
    private static readonly Country Palestine = new("Palestine", "de Palestine");
    private static readonly Country Vietnam = new("Vietnam", "du Vietnam");
    private static readonly Country Cambodge = new("Cambodge", "du Cambodge");
    private static readonly Country Inde = new("Inde", "d'Inde");
    private static readonly Country Bolivie = new("Bolivie", "de Bolivie");
    private static readonly Country Perou = new("Pérou", "du Pérou");
    private static readonly Country Nicaragua = new("Nicaragua", "du Nicaragua");
    private static readonly Country Armenie = new("Arménie", "d'Arménie");
    private static readonly Country Comores = new("Comores", "des Comores");

    public static IReadOnlyList<Country> Countries { get; } =
    [
        BurkinaFaso, Madagascar, Haiti, Senegal, Mali, Niger, Benin, Togo, Cameroun, Maroc, Palestine, Vietnam, Cambodge, Inde,
        Bolivie, Perou, Nicaragua, Armenie, Comores,
        new("Tunisie", "de Tunisie"), new("Liban", "du Liban"), new("Laos", "du Laos"), new("Népal", "du Népal"),
        new("Colombie", "de Colombie"), new("Guatemala", "du Guatemala"), new("Brésil", "du Brésil"), new("Ukraine", "d'Ukraine"),
        new("Congo", "du Congo"), new("Guinée", "de Guinée"), new("Mauritanie", "de Mauritanie"), new("Tchad", "du Tchad"),
        new("Rwanda", "du Rwanda"), new("Éthiopie", "d'Éthiopie"), new("Kenya", "du Kenya"), new("Mozambique", "du Mozambique"),
        new("Cap-Vert", "du Cap-Vert"), new("Cuba", "de Cuba"), new("Équateur", "de l'Équateur"), new("Côte d'Ivoire", "de Côte d'Ivoire"),
    ];

    public static IReadOnlyList<Town> Towns { get; } =
    [
        new("Ouagadougou", BurkinaFaso), new("Koudougou", BurkinaFaso), new("Bobo-Dioulasso", BurkinaFaso), new("Kaya", BurkinaFaso),
        new("Antsirabe", Madagascar), new("Fianarantsoa", Madagascar), new("Tuléar", Madagascar),
        new("Jacmel", Haiti), new("Cap-Haïtien", Haiti),
        new("Ziguinchor", Senegal), new("Saint-Louis", Senegal), new("Thiès", Senegal),
        new("Ségou", Mali), new("Kayes", Mali), new("Agadez", Niger), new("Zinder", Niger),
        new("Abomey", Benin), new("Porto-Novo", Benin), new("Kpalimé", Togo), new("Dschang", Cameroun),
        new("Essaouira", Maroc), new("Tiznit", Maroc), new("Naplouse", Palestine), new("Hébron", Palestine),
        new("Hué", Vietnam), new("Battambang", Cambodge), new("Pondichéry", Inde), new("Cochabamba", Bolivie),
        new("Cuzco", Perou), new("León", Nicaragua), new("Gyumri", Armenie), new("Moroni", Comores),
    ];

    public static IReadOnlyList<Theme> SolidarityThemes { get; } =
    [
        new("education", "Éducation", "l'accès à l'éducation"),
        new("water", "Eau", "l'accès à l'eau potable"),
        new("health", "Santé", "l'accès aux soins"),
        new("food-sovereignty", "Souveraineté alimentaire", "la souveraineté alimentaire"),
        new("climate", "Climat", "la justice climatique"),
        new("migrations", "Migrations", "l'accueil des personnes migrantes"),
        new("fair-trade", "Commerce équitable", "le commerce équitable"),
        new("gender-equality", "Égalité", "l'égalité entre les femmes et les hommes"),
        new("human-rights", "Droits humains", "les droits humains"),
        new("childhood", "Enfance", "la protection de l'enfance"),
        new("agriculture", "Agriculture paysanne", "l'agriculture paysanne"),
        new("peace", "Paix", "la culture de la paix"),
        new("culture", "Culture", "les échanges culturels"),
        new("environment", "Environnement", "la protection de l'environnement"),
    ];

    /// <summary>What an international-solidarity association puts before the names of its two places: "Amitié Billère–Koudougou".</summary>
    public static IReadOnlyList<string> Bonds { get; } = ["Solidarité", "Amitié", "Échanges", "Partage", "Entraide", "Coopération"];

    public static IReadOnlyList<LocalAssociation> LocalAssociations { get; } =
    [
        new("Comité des fêtes", "culture", "Organise les fêtes et les animations du village et des quartiers"),
        new("Amicale laïque", "education", "Activités culturelles, sportives et éducatives pour tous les âges"),
        new("Association des parents d'élèves", "education", "Représente les familles auprès des écoles"),
        new("Club de randonnée", "sport", "Randonnées et découverte du patrimoine naturel"),
        new("Chorale", "culture", "Chant choral et concerts solidaires"),
        new("Jardins partagés", "environment", "Des jardins cultivés ensemble par les habitants"),
        new("Épicerie solidaire", "social-inclusion", "Aide alimentaire et accompagnement des familles"),
        new("Association culturelle", "culture", "Spectacles, expositions et ateliers"),
        new("Union sportive", "sport", "Football, basket et athlétisme pour les jeunes"),
        new("Repair café", "environment", "Réparer ensemble plutôt que jeter"),
        new("Atelier vélo", "environment", "Atelier participatif de réparation de vélos"),
        new("Collectif citoyen", "citizenship", "Débats publics et initiatives citoyennes"),
        new("Association d'aide aux devoirs", "education", "Accompagnement scolaire par des bénévoles"),
        new("AMAP", "food-sovereignty", "Paniers de légumes d'un maraîcher voisin"),
        new("Association d'accueil des exilés", "migrations", "Accueil et accompagnement de personnes exilées"),
        new("Université populaire", "education", "Conférences et cours ouverts à tous"),
        new("Théâtre amateur", "culture", "Une troupe qui joue et anime des ateliers"),
        new("Club de l'amitié", "social-inclusion", "Rencontres et sorties pour les aînés"),
        new("Association des habitants", "citizenship", "Vie de quartier et fêtes de voisins"),
    ];

    /// <summary>Neighbourhoods that tell apart the many associations of a large city.</summary>
    public static IReadOnlyList<string> Quarters { get; } =
        ["Centre", "Gare", "Saint-Jean", "Les Coteaux", "Bel-Air", "La Source", "Le Moulin", "Les Prés", "Le Port", "Les Remparts", "Les Tilleuls", "Le Parc"];
}
