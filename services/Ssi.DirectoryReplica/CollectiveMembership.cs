namespace Ssi.DirectoryReplica;

/// <summary>
/// An actor's membership of a collective of the directory (a town's SSI collective...), kept
/// from <c>CollectiveMembershipChanged</c>: a reviewer acting for a fellow member of the
/// applicant's collective has an interest in its file; a coordinator writes to a collective's members.
/// Citizens' memberships never arrive.
/// </summary>
public sealed class CollectiveMembership
{
    private CollectiveMembership()
    {
    }

    /// <summary>The directory's membership id (a new one each time an actor joins again).</summary>
    public Guid MemberId { get; private set; }

    public Guid CollectiveId { get; private set; }

    public Guid ActorId { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }
}
