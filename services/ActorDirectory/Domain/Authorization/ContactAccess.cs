using System.Security.Claims;
using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Domain.Authorization;

/// <summary>
/// Who sees and who records an actor's contact persons. Anyone sees public contacts; the
/// coordinators of the actor's territory also see those shared with members; the actor's own
/// members and admins see all of them. Only the members and admins record, change or erase
/// contacts: they collected the people's consent and answer for it.
/// </summary>
public static class ContactAccess
{
    private static readonly IReadOnlySet<ContactVisibility> Everything = Enum.GetValues<ContactVisibility>().ToHashSet();
    private static readonly IReadOnlySet<ContactVisibility> Shared = new HashSet<ContactVisibility> { ContactVisibility.Public, ContactVisibility.Members };
    private static readonly IReadOnlySet<ContactVisibility> PublicOnly = new HashSet<ContactVisibility> { ContactVisibility.Public };

    public static bool CanManage(ClaimsPrincipal user, Guid actorId) => user.IsAdmin() || user.ActsFor(actorId);

    public static IReadOnlySet<ContactVisibility> VisibilitiesFor(ClaimsPrincipal user, Actor actor) =>
        CanManage(user, actor.Id) ? Everything
        : user.Coordinates(actor.Location) ? Shared
        : PublicOnly;

    /// <summary>The contacts of <paramref name="actor"/> (loaded with it) that <paramref name="user"/> may read.</summary>
    public static IEnumerable<Contact> ContactsVisibleTo(ClaimsPrincipal user, Actor actor)
    {
        var visible = VisibilitiesFor(user, actor);
        return actor.Contacts.Where(contact => visible.Contains(contact.Visibility));
    }
}
