namespace FundingCalls.Domain.Calls;

/// <summary>Who may apply to a call; every rule an applicant fails is named when it submits.</summary>
/// <param name="ActorKinds">The directory's actor kinds that may apply (kebab-case); empty means any kind.</param>
/// <param name="ApplicantInScope">The applicant must be based inside the call's territory.</param>
/// <param name="RequireSiretOrRna">The applicant must have a SIRET or an RNA number in the directory.</param>
/// <param name="MinimumLinkedEvents">How many of the applicant's events of the edition, published on the calendar, the project must fund.</param>
public sealed record EligibilityRules(IReadOnlyList<string> ActorKinds, bool ApplicantInScope, bool RequireSiretOrRna, int MinimumLinkedEvents);
