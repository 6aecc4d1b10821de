using ActorDirectory.Domain.Collectives;
using static ActorDirectory.Domain.Collectives.CollectiveRole;
using static ActorDirectory.Seeding.Demo.DemoActors;

namespace ActorDirectory.Seeding.Demo;

/// <summary>
/// Billère's open collective for the 2026 edition, with the roles of the documents' table, a
/// member who left, an engaged (fictional) citizen, two working groups and a sponsorship.
/// </summary>
public static class DemoCollectives
{
    public static DemoCollective BillereSsi2026 { get; } = new(
        "Collectif SSI de Billère",
        "Collectif ouvert créé en 2014 à l'initiative de la Ville : associations, établissements scolaires, centre d'animation et "
        + "citoyens engagés, qui ont signé la charte de la Semaine et mutualisent compétences et moyens pour un programme commun.",
        MairieDeBillere, "64129", 2026,
        [
            new(MairieDeBillere, null, new(2026, 1, 13), new(2026, 1, 13),
                [Coordination, SchoolLiaison, CommunicationDesign, PressRelations, Logistics, PremisesLoan, ElectedOfficialsMobilisation,
                    SpeakerSearch, FundingSearch, MonitoringEvaluation]),
            new(JardinsPartagesDeBillere, null, new(2026, 1, 13), new(2026, 2, 3), [EventOrganisation, VolunteerMobilisation, CommunicationDistribution]),
            new(EpicerieSocialeDeBillere, null, new(2026, 1, 13), new(2026, 2, 3), [EventOrganisation, VolunteerMobilisation]),
            new(CcfdTerreSolidaireBillere, null, new(2026, 1, 13), new(2026, 1, 27),
                [EventOrganisation, PedagogicalInterventions, PedagogicalMaterialLoan, SpeakerSearch]),
            new(PyreneesSahelSolidarite, null, new(2026, 1, 13), new(2026, 1, 27), [EventOrganisation, PedagogicalInterventions, SpeakerSearch]),
            new(Radsi, null, new(2026, 1, 13), new(2026, 1, 13), [RegionalReferent, CommunicationDistribution]),
            new(GroupeScolaireDuCentreBillere, null, new(2026, 2, 3), new(2026, 3, 10), [PupilMobilisation, CommunicationDistribution, ExhibitionSupport]),
            new(CentreAnimationBillere, null, new(2026, 2, 3), new(2026, 2, 24), [AfterSchoolAnimation, CommunicationDistribution, MemberMobilisation]),
            new(JeunesSolidairesBillereMadagascar, null, new(2026, 3, 10), new(2026, 4, 7), [EventOrganisation, VolunteerMobilisation]),
            new(CineClubDeBillere, null, new(2026, 1, 13), new(2026, 1, 27), [EventOrganisation], LeftOn: new(2026, 6, 30)),
            new(null, "Odile Bergeret", new(2026, 2, 24), new(2026, 2, 24), [VolunteerMobilisation]),
        ],
        [
            new("Discosoupe",
                "Organiser la discosoupe du samedi 21 novembre avec les légumes des jardins et les invendus collectés par l'épicerie.",
                EpicerieSocialeDeBillere, [EpicerieSocialeDeBillere, JardinsPartagesDeBillere, CentreAnimationBillere]),
            new("Exposition et travaux d'élèves",
                "Compléter l'exposition du CCFD-Terre Solidaire par les travaux réalisés en classe.",
                CcfdTerreSolidaireBillere, [CcfdTerreSolidaireBillere, GroupeScolaireDuCentreBillere]),
        ]);

    public static IReadOnlyList<DemoCollective> All { get; } = [BillereSsi2026];

    public static IReadOnlyList<DemoSponsorship> Sponsorships { get; } =
    [
        new(PyreneesSahelSolidarite, JeunesSolidairesBillereMadagascar, 2026, new(2026, 3, 10),
            "Accompagnement pour une première animation : choix du thème, réservation de salle, dossier de financement, bilan."),
    ];
}
