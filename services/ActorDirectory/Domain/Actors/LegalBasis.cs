namespace ActorDirectory.Domain.Actors;

/// <summary>The GDPR basis on which the directory holds a contact person's data.</summary>
public enum LegalBasis
{
    Consent,
    LegitimateInterest,
    Contract,
    PublicTask,
}
