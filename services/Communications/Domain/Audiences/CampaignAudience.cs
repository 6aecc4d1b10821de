namespace Communications.Domain.Audiences;

/// <summary>Whom a campaign writes to: exactly one of a segment of the directory's contacts, a territory's news subscribers, or a call's applicants.</summary>
/// <param name="Subscribers">A territory reference: the citizens who confirmed their subscription to its news (a department's include its communes').</param>
/// <param name="ApplicantsOfCall">A call of the sending funder: the contacts of the actors who applied.</param>
public sealed record CampaignAudience(Segment? Segment = null, string? Subscribers = null, Guid? ApplicantsOfCall = null);
