using System.Linq.Expressions;

namespace ActorDirectory.Domain.Collectives;

/// <summary>
/// One membership of a collective, from the day it joined to the day it left: leaving closes it,
/// joining again opens a new one, so the history stays. A member is an actor of the directory or
/// an engaged citizen (named only, personal data). A membership counts from the day it joined up
/// to, not including, the day it left.
/// </summary>
public sealed class CollectiveMember
{
    public const int CitizenNameMaxLength = 200;

    private CollectiveMember()
    {
    }

    public CollectiveMember(Guid collectiveId, Guid? actorId, string? citizenName, DateOnly joinedOn)
    {
        Id = Guid.CreateVersion7();
        CollectiveId = collectiveId;
        ActorId = actorId;
        CitizenName = citizenName;
        JoinedOn = joinedOn;
    }

    public Guid Id { get; private set; }

    public Guid CollectiveId { get; private set; }

    public Guid? ActorId { get; private set; }

    public string? CitizenName { get; set; }

    public DateOnly JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; set; }

    public DateOnly? CharterSignedOn { get; set; }

    public List<CollectiveRole> Roles { get; set; } = [];

    /// <summary>The memberships that counted on <paramref name="day"/>, for queries.</summary>
    public static Expression<Func<CollectiveMember, bool>> CountedOn(DateOnly day) =>
        member => member.JoinedOn <= day && (member.LeftOn == null || member.LeftOn > day);

    public void AssignRoles(IEnumerable<CollectiveRole> roles) => Roles = roles.Distinct().Order().ToList();
}
