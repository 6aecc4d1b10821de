using System.Security.Claims;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Authorization;
using ActorDirectory.Endpoints;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Tests.Actors;

public sealed class ActorAccessTests
{
    private static readonly TerritoryLocation Billere = new("64129", "200067254", "64", "75");
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("64129")]
    [InlineData("64")]
    [InlineData("200067254")]
    [InlineData("commune:64129")]
    [InlineData("department:64")]
    [InlineData("epci:200067254")]
    [InlineData("region:75")]
    public void A_coordinator_of_any_territory_containing_the_commune_manages_its_actors(string claim)
    {
        var actor = new Actor("Mairie de Billère", ActorKind.Commune, Billere, Now);

        Assert.True(ActorAccess.CanManage(User(SsiRoles.Coordinator, territories: [claim]), actor));
        Assert.True(ActorAccess.CanRegisterIn(User(SsiRoles.Coordinator, territories: [claim]), Billere));
    }

    [Theory]
    [InlineData("94")]
    [InlineData("64445")]
    [InlineData("249500109")]
    [InlineData("region:11")]
    [InlineData("75")] // a bare 2-character code is a department: Paris, not Nouvelle-Aquitaine
    [InlineData("department:75")]
    [InlineData("canton:6401")]
    [InlineData("")]
    public void A_coordinator_of_another_territory_does_not(string claim)
    {
        var actor = new Actor("Mairie de Billère", ActorKind.Commune, Billere, Now);

        Assert.False(ActorAccess.CanManage(User(SsiRoles.Coordinator, territories: [claim]), actor));
        Assert.False(ActorAccess.CanRegisterIn(User(SsiRoles.Coordinator, territories: [claim]), Billere));
    }

    [Fact]
    public void Territory_claims_count_only_for_coordinators()
    {
        var actor = new Actor("Mairie de Billère", ActorKind.Commune, Billere, Now);

        Assert.False(ActorAccess.CanManage(User(SsiRoles.Funder, territories: ["64"]), actor));
        Assert.False(ActorAccess.CanManage(User(SsiRoles.Member, territories: ["64"]), actor));
    }

    [Fact]
    public void Members_manage_the_actors_they_act_for_and_only_those()
    {
        var actor = new Actor("Collectif SSI de Billère", ActorKind.Association, Billere, Now);

        Assert.True(ActorAccess.CanManage(User(SsiRoles.Member, actors: [actor.Id]), actor));
        Assert.False(ActorAccess.CanManage(User(SsiRoles.Member, actors: [Guid.NewGuid()]), actor));
        Assert.False(ActorAccess.CanRegisterIn(User(SsiRoles.Member, actors: [actor.Id]), Billere));
        Assert.True(ActorAccess.CanManage(User(SsiRoles.Admin), actor));
    }

    [Fact]
    public void A_coordinator_moves_an_actor_only_into_a_territory_of_theirs()
    {
        var actor = new Actor("Collectif SSI de Billère", ActorKind.Association, Billere, Now);
        var fontenay = new TerritoryLocation("94033", "200054781", "94", "11");

        Assert.False(ActorAccess.CanMove(User(SsiRoles.Coordinator, territories: ["64"]), actor, fontenay));
        Assert.True(ActorAccess.CanMove(User(SsiRoles.Coordinator, territories: ["64", "94"]), actor, fontenay));
        Assert.True(ActorAccess.CanMove(User(SsiRoles.Member, actors: [actor.Id]), actor, fontenay));
    }

    [Fact]
    public void Each_reader_sees_the_contacts_their_relation_to_the_actor_allows()
    {
        var actor = new Actor("Collectif SSI de Billère", ActorKind.Association, Billere, Now);
        foreach (var visibility in Enum.GetValues<ContactVisibility>())
        {
            actor.Contacts.Add(Contact.Add(actor.Id, new ContactDetails(
                $"Camille {visibility}", null, null, null, visibility, LegalBasis.Consent, new DateOnly(2026, 9, 1), "formulaire d'adhésion"), Now));
        }

        string[] Seen(ClaimsPrincipal reader) =>
            ContactAccess.ContactsVisibleTo(reader, actor).Select(contact => contact.FullName).Order().ToArray();

        Assert.Equal(["Camille Public"], Seen(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Equal(["Camille Public"], Seen(User(SsiRoles.Coordinator, territories: ["94"])));
        Assert.Equal(["Camille Public"], Seen(User(SsiRoles.Member, actors: [Guid.NewGuid()])));
        Assert.Equal(["Camille Members", "Camille Public"], Seen(User(SsiRoles.Coordinator, territories: ["64"])));
        Assert.Equal(["Camille Members", "Camille Private", "Camille Public"], Seen(User(SsiRoles.Member, actors: [actor.Id])));
        Assert.Equal(["Camille Members", "Camille Private", "Camille Public"], Seen(User(SsiRoles.Admin)));
    }

    [Fact]
    public void The_actor_response_for_a_reader_carries_only_their_contacts_and_the_consent_record_only_for_managers()
    {
        var actor = new Actor("Collectif SSI de Billère", ActorKind.Association, Billere, Now);
        actor.Contacts.Add(Contact.Add(actor.Id, new ContactDetails(
            "Camille Martin", "coordinatrice", "camille.martin@example.org", null, ContactVisibility.Public, LegalBasis.Consent, new DateOnly(2026, 9, 1), "formulaire d'adhésion"), Now));
        actor.Contacts.Add(Contact.Add(actor.Id, new ContactDetails(
            "Yanis Durand", null, "yanis.durand@example.org", null, ContactVisibility.Private, LegalBasis.Consent, new DateOnly(2026, 9, 1), "formulaire d'adhésion"), Now));

        var anonymous = ActorResponse.From(actor, new ClaimsPrincipal(new ClaimsIdentity()));
        var member = ActorResponse.From(actor, User(SsiRoles.Member, actors: [actor.Id]));

        var seen = Assert.Single(anonymous.Contacts!);
        Assert.Equal("Camille Martin", seen.FullName);
        Assert.Null(seen.Consent);
        Assert.Equal(2, member.Contacts!.Count);
        Assert.All(member.Contacts, contact => Assert.Equal("formulaire d'adhésion", contact.Consent?.Source));
        Assert.Null(ActorResponse.From(actor).Contacts);
    }

    private static ClaimsPrincipal User(string role, IEnumerable<string>? territories = null, IEnumerable<Guid>? actors = null)
    {
        var claims = new List<Claim> { new(SsiClaimTypes.Role, role) };
        claims.AddRange((territories ?? []).Select(code => new Claim(SsiClaimTypes.Territory, code)));
        claims.AddRange((actors ?? []).Select(id => new Claim(SsiClaimTypes.Actor, id.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", SsiClaimTypes.Name, SsiClaimTypes.Role));
    }
}
