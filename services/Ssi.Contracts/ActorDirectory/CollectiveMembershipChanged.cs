namespace Ssi.Contracts.ActorDirectory;

/// <summary>
/// A membership of a collective changed. Citizens who are members are personal data and never
/// leave the directory: for them <paramref name="ActorId"/> is null and no name is given.
/// </summary>
/// <param name="MemberId">The membership: a new one each time a member joins again.</param>
/// <param name="Change"><c>joined</c>, <c>left</c>, <c>roles-changed</c> or <c>charter-signed</c>.</param>
/// <param name="Roles">The member's roles after the change, in kebab-case (e.g. <c>school-liaison</c>).</param>
public sealed record CollectiveMembershipChanged(
    Guid CollectiveId,
    Guid MemberId,
    Guid? ActorId,
    string Change,
    IReadOnlyList<string> Roles,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
