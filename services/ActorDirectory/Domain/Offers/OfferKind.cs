namespace ActorDirectory.Domain.Offers;

/// <summary>What actors lend each other for the week: the pooling ("mutualisation") the documents ask for.</summary>
public enum OfferKind
{
    Room,
    Equipment,
    Staff,
    Expertise,
    PedagogicalIntervention,
    PedagogicalMaterial,
    Volunteers,
    Funding,
    CommunicationRelay,
}
