namespace ActorDirectory.Domain.Collectives;

/// <summary>The roles a member takes in a collective, from the roles tables of Billère and Fontenay-sous-Bois.</summary>
public enum CollectiveRole
{
    Coordination,
    SchoolLiaison,
    CommunicationDesign,
    PressRelations,
    Logistics,
    ElectedOfficialsMobilisation,
    SpeakerSearch,
    FundingSearch,
    MonitoringEvaluation,
    EventOrganisation,
    PedagogicalInterventions,
    PedagogicalMaterialLoan,
    CommunicationDistribution,
    VolunteerMobilisation,
    PupilMobilisation,
    ExhibitionSupport,
    AfterSchoolAnimation,
    MemberMobilisation,
    RegionalReferent,
    PremisesLoan,
}
