using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Domain.Collectives;

/// <summary>What the directory tells other services about a collective's memberships.</summary>
public static class CollectiveIntegrationEvents
{
    /// <summary>The event says who (an actor id, never a citizen's name) and what changed.</summary>
    public static CollectiveMembershipChanged MembershipChanged(CollectiveMember member, MembershipChange change, DateTimeOffset now) => new(
        member.CollectiveId,
        member.Id,
        member.ActorId,
        ApiEnum<MembershipChange>.NameOf(change),
        member.Roles.Select(ApiEnum<CollectiveRole>.NameOf).ToList(),
        now);
}
