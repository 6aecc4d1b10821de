using System.Net;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints;
using ActorDirectory.Tests.Actors;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace ActorDirectory.Tests.Contacts;

public sealed class ContactWritingTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Admin => factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

    private HttpClient MemberOf(Guid actorId) => factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [actorId]));

    [Fact]
    public async Task A_member_records_a_contact_with_its_consent_and_can_read_it_back()
    {
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Collectif SSI de Billère"));

        var response = await MemberOf(actor.Id).PostJsonAsync($"/actors/{actor.Id}/contacts", ContactRequests.Person("Camille Martin", ContactVisibility.Members) with { Phone = "05.36.49.10.31" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var contact = await response.ReadJsonAsync<ContactResponse>();
        Assert.EndsWith($"/actors/{actor.Id}/contacts/{contact.Id}", response.Headers.Location?.ToString());
        Assert.Equal(("Camille Martin", "05 36 49 10 31", ContactVisibility.Members), (contact.FullName, contact.Phone, contact.Visibility));
        Assert.Equal(LegalBasis.Consent, contact.Consent?.Basis);
        var fetched = await MemberOf(actor.Id).GetJsonAsync<ContactResponse>($"/actors/{actor.Id}/contacts/{contact.Id}");
        Assert.Equal(contact, fetched);
    }

    [Fact]
    public async Task Only_the_actors_members_and_admins_record_contacts()
    {
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Artisans du Monde Pau"));
        var person = ContactRequests.Person("Léa Bernard");

        var coordinator = await factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["64"])).PostJsonAsync($"/actors/{actor.Id}/contacts", person);
        var stranger = await MemberOf(Guid.CreateVersion7()).PostJsonAsync($"/actors/{actor.Id}/contacts", person);
        var anonymous = await factory.CreateClient().PostJsonAsync($"/actors/{actor.Id}/contacts", person);
        var admin = await Admin.PostJsonAsync($"/actors/{actor.Id}/contacts", person);

        Assert.Equal(HttpStatusCode.Forbidden, coordinator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Created, admin.StatusCode);
        Assert.Equal(1, await factory.InScopeAsync(db => db.Contacts.CountAsync(contact => contact.ActorId == actor.Id, Cancellation)));
    }

    public static TheoryData<string, string> MalformedContacts => new()
    {
        { """{"visibility":"public","legalBasis":"consent","consentGivenOn":"2026-09-14","consentSource":"Formulaire"}""", "FullName" },
        { """{"fullName":"Léa Bernard","visibility":"public","legalBasis":"consent","consentGivenOn":"2026-09-14"}""", "ConsentSource" },
        { """{"fullName":"Léa Bernard","visibility":"public","legalBasis":"consent","consentSource":"Formulaire"}""", "ConsentGivenOn" },
        { """{"fullName":"Léa Bernard","legalBasis":"consent","consentGivenOn":"2026-09-14","consentSource":"Formulaire"}""", "Visibility" },
        { """{"fullName":"Léa Bernard","visibility":"public","legalBasis":"consent","consentGivenOn":"2099-01-01","consentSource":"Formulaire"}""", "consentGivenOn" },
        { """{"fullName":"Léa Bernard","email":"lea.bernard","visibility":"public","legalBasis":"consent","consentGivenOn":"2026-09-14","consentSource":"Formulaire"}""", "email" },
        { """{"fullName":"Léa Bernard","phone":"555-1234","visibility":"public","legalBasis":"consent","consentGivenOn":"2026-09-14","consentSource":"Formulaire"}""", "phone" },
        { """{"fullName":"Léa Bernard","visibility":"friends","legalBasis":"consent","consentGivenOn":"2026-09-14","consentSource":"Formulaire"}""", "" },
        { """{"fullName":"Léa Bernard","visibility":"public","legalBasis":"because","consentGivenOn":"2026-09-14","consentSource":"Formulaire"}""", "" },
    };

    [Theory]
    [MemberData(nameof(MalformedContacts))]
    public async Task A_malformed_contact_gets_a_400_problem_and_stores_nothing(string body, string field)
    {
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Association Béarn Solidarité"));

        var response = await MemberOf(actor.Id).PostAsync($"/actors/{actor.Id}/contacts", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<HttpValidationProblemDetails>();
        if (field != "")
        {
            Assert.Contains(problem.Errors.Keys, key => key.Equals(field, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(0, await factory.InScopeAsync(db => db.Contacts.CountAsync(contact => contact.ActorId == actor.Id, Cancellation)));
    }

    [Fact]
    public async Task A_contact_is_replaced_with_If_Match_refused_without_it_and_refused_when_stale()
    {
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Ritimo Pau"));
        var member = MemberOf(actor.Id);
        var created = await member.PostJsonAsync($"/actors/{actor.Id}/contacts", ContactRequests.Person("Hugo Petit"));
        var contact = await created.ReadJsonAsync<ContactResponse>();
        var url = $"/actors/{actor.Id}/contacts/{contact.Id}";

        var missing = await member.PutJsonAsync(url, ContactRequests.Person("Hugo Petit", ContactVisibility.Private), ifMatch: null);
        var updated = await member.PutJsonAsync(url, ContactRequests.Person("Hugo Petit", ContactVisibility.Private) with { Function = "Trésorier" }, created.ETag());
        var stale = await member.PutJsonAsync(url, ContactRequests.Person("Hugo P."), created.ETag());

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var replaced = await updated.ReadJsonAsync<ContactResponse>();
        Assert.Equal(("Trésorier", ContactVisibility.Private), (replaced.Function, replaced.Visibility));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Hugo Petit", (await member.GetJsonAsync<ContactResponse>(url)).FullName);
    }

    [Fact]
    public async Task Recording_and_replacing_a_contact_are_announced_with_its_visibility_and_legal_basis()
    {
        await using var probe = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(ContactChanged));
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Maison des solidarités de Billère"));
        var member = MemberOf(actor.Id);
        var person = ContactRequests.Person("Inès Laborde", ContactVisibility.Members, "ines.laborde@example.org") with { LegalBasis = LegalBasis.LegitimateInterest };
        var created = await member.PostJsonAsync($"/actors/{actor.Id}/contacts", person);
        var contact = await created.ReadJsonAsync<ContactResponse>();

        var recorded = await probe.WaitForAsync<ContactChanged>(message => message.ContactId == contact.Id);
        Assert.Equal(
            new ContactChanged(contact.Id, actor.Id, "Inès Laborde", person.Function, "ines.laborde@example.org", "members", "legitimate-interest", contact.UpdatedAt, recorded.OccurredAt),
            recorded);

        var replaced = await member.PutJsonAsync($"/actors/{actor.Id}/contacts/{contact.Id}",
            person with { Function = "Trésorière", Visibility = ContactVisibility.Public, LegalBasis = LegalBasis.PublicTask }, created.ETag());
        var updated = await replaced.ReadJsonAsync<ContactResponse>();

        var changed = await probe.WaitForAsync<ContactChanged>(message => message.ContactId == contact.Id && message.Function == "Trésorière");
        Assert.Equal(("public", "public-task", updated.UpdatedAt), (changed.Visibility, changed.LegalBasis, changed.UpdatedAt));
        Assert.True(changed.UpdatedAt > recorded.UpdatedAt);
    }

    [Fact]
    public async Task A_change_to_the_contacts_moves_the_actors_ETag_on()
    {
        var (actor, etag) = await Admin.RegisterOkAsync(ActorProfiles.Association("Collectif Pau Solidarités"));

        await MemberOf(actor.Id).PostJsonAsync($"/actors/{actor.Id}/contacts", ContactRequests.Person("Nora Girard"));
        var edit = await Admin.PutJsonAsync($"/actors/{actor.Id}", ActorProfiles.Association("Collectif Pau Solidarités"), etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, edit.StatusCode);
    }

    [Fact]
    public async Task An_archived_actor_takes_no_new_contacts()
    {
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Ancienne association de Billère"));
        await Admin.PostAsync($"/actors/{actor.Id}/archive", null, Cancellation);

        var response = await MemberOf(actor.Id).PostJsonAsync($"/actors/{actor.Id}/contacts", ContactRequests.Person("Paul Moreau"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
