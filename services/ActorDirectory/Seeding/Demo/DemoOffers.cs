using ActorDirectory.Domain.Offers;
using static ActorDirectory.Seeding.Demo.DemoActors;

namespace ActorDirectory.Seeding.Demo;

/// <summary>What the demo actors pool, after the roles tables of Billère and Fontenay-sous-Bois.</summary>
public static class DemoOffers
{
    public static IReadOnlyList<DemoOffer> All { get; } =
    [
        new(MairieDeBillere, OfferKind.Room, "Salle des fêtes de Billère",
            "Salle municipale prêtée gratuitement aux membres du collectif pendant la Semaine ; office attenant et scène démontable.",
            Capacity: 120, Tags: ["reception", "stage"],
            Windows:
            [
                Paris(14, 9, 0, 14, 23, 0), Paris(17, 18, 0, 17, 22, 30), Paris(18, 14, 0, 18, 23, 0),
                Paris(20, 18, 0, 20, 23, 30), Paris(21, 9, 0, 21, 23, 0), Paris(22, 10, 0, 22, 19, 0),
            ]),
        new(MairieDeBillere, OfferKind.Room, "Salle de réunion de la Mairie",
            "Pour les réunions plénières du collectif, sur réservation auprès du service démocratie locale.", Capacity: 30),
        new(MairieDeBillere, OfferKind.Equipment, "Matériel hi-fi et vidéo",
            "Sonorisation (deux enceintes, table de mixage, micros sans fil), vidéoprojecteur et écran, prêtés avec la salle ou séparément.",
            Tags: ["hifi-video"]),
        new(MairieDeBillere, OfferKind.Equipment, "Matériel de cuisine et de réception",
            "Marmites, réchauds, vaisselle réutilisable, tables et grilles d'exposition.", Tags: ["kitchen", "reception"]),
        new(MairieDeBillere, OfferKind.Staff, "Régisseur",
            "Un régisseur municipal installe le son et la lumière et veille à la sécurité des manifestations du collectif.",
            Tags: ["stage-manager"], Windows: [Paris(20, 17, 0, 20, 23, 30), Paris(21, 9, 0, 21, 23, 0)]),
        new(CcfdTerreSolidaireBillere, OfferKind.PedagogicalMaterial, "Exposition sur la souveraineté alimentaire",
            "Douze panneaux prêtés avec un livret pour les enseignants ; se complète avec des travaux d'élèves.", Tags: ["exhibition"]),
        new(CcfdTerreSolidaireBillere, OfferKind.PedagogicalIntervention, "Animation en classe : d'où vient notre assiette ?",
            "Atelier d'une heure pour les CM1-CM2 et les collégiens.", Tags: ["school"]),
        new(PyreneesSahelSolidarite, OfferKind.PedagogicalIntervention, "Intervention en classe : l'accès à l'eau au Sahel",
            "Témoignages, photos et jeu de rôle pour les classes de cycle 3.", Tags: ["school"]),
        new(JardinsPartagesDeBillere, OfferKind.Volunteers, "Bénévoles pour la discosoupe",
            "Une dizaine de bénévoles pour éplucher, cuisiner et servir.", Tags: ["cooking"]),
        new(VilleDeFontenaySousBois, OfferKind.Room, "Infrastructures municipales prêtées gratuitement",
            "Salles, gymnases et espaces publics mis à disposition des associations pour leurs activités de la Quinzaine.", Capacity: 200),
        new(VilleDeFontenaySousBois, OfferKind.CommunicationRelay, "Outils de communication à tarif préférentiel",
            "Aide à la création des affiches, flyers et kakémonos des associations, imprimés à tarif préférentiel.", Tags: ["printing"]),
        new(VilleDeFontenaySousBois, OfferKind.CommunicationRelay, "Visibilité dans les supports de communication de la ville",
            "Programme de la Quinzaine dans le magazine municipal, sur le site et sur les panneaux de la ville.", Tags: ["city-media"]),
        new(VilleDeFontenaySousBois, OfferKind.Funding, "Commission d'aide aux projets de la Quinzaine",
            "Soutient financièrement les actions des associations pendant la Quinzaine de la solidarité internationale."),
        new(CaDeCergyPontoise, OfferKind.Expertise, "Formation au montage d'actions",
            "De l'idée de projet à l'évaluation : des outils pour les porteurs d'actions de l'agglomération.", Tags: ["training"]),
        new(CaDeCergyPontoise, OfferKind.CommunicationRelay, "Affichage du programme dans l'agglomération",
            "Le programme des animations sur les panneaux d'affichage de l'agglomération.", Tags: ["posters"]),
        new(Cresi, OfferKind.Expertise, "Accompagnement des organisateurs d'actions",
            "Conseils de montage, mise en relation et documentation pour les porteurs d'actions de l'Essonne.", Tags: ["coaching"]),
        new(Cresi, OfferKind.PedagogicalMaterial, "Expositions et malles pédagogiques en prêt",
            "Expositions et jeux sur la solidarité internationale, prêtés aux associations et aux écoles.", Tags: ["exhibition"]),
        new(Radsi, OfferKind.CommunicationRelay, "Relais vers les associations de solidarité internationale de la région",
            "Diffusion des supports de communication du collectif dans la lettre d'information du réseau.", Tags: ["newsletter"]),
    ];

    /// <summary>A window in the week of 14–22 November 2026, in Paris time (UTC+1 in November).</summary>
    private static (DateTimeOffset, DateTimeOffset) Paris(int startDay, int startHour, int startMinute, int endDay, int endHour, int endMinute)
    {
        var parisWinter = TimeSpan.FromHours(1);
        return (new DateTimeOffset(2026, 11, startDay, startHour, startMinute, 0, parisWinter),
            new DateTimeOffset(2026, 11, endDay, endHour, endMinute, 0, parisWinter));
    }
}
