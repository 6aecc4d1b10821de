namespace ActorDirectory.Domain.Collectives;

/// <summary>What happened to a membership, as <c>CollectiveMembershipChanged</c> tells it.</summary>
public enum MembershipChange
{
    Joined,
    Left,
    RolesChanged,
    CharterSigned,
}
