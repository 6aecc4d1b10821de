using System.Net;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints;
using ActorDirectory.Tests.Actors;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace ActorDirectory.Tests.Contacts;

/// <summary>Who sees which contact persons of the Billère collective: one public, one shared with members, one private.</summary>
public sealed class ContactVisibilityTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>, IAsyncLifetime
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private Guid _collectiveId;
    private readonly Dictionary<ContactVisibility, Guid> _contactIds = [];

    public async ValueTask InitializeAsync()
    {
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        (var collective, _) = await admin.RegisterOkAsync(ActorProfiles.Association("Collectif SSI de Billère"));
        _collectiveId = collective.Id;
        var member = Reader("member");
        foreach (var (visibility, name) in new[] { (ContactVisibility.Public, "Camille Martin"), (ContactVisibility.Members, "Yanis Durand"), (ContactVisibility.Private, "Inès Lefèvre") })
        {
            var response = await member.PostJsonAsync($"/actors/{_collectiveId}/contacts", ContactRequests.Person(name, visibility));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            _contactIds[visibility] = (await response.ReadJsonAsync<ContactResponse>()).Id;
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("anonymous", new[] { "Camille Martin" })]
    [InlineData("member-of-another-actor", new[] { "Camille Martin" })]
    [InlineData("coordinator-of-94", new[] { "Camille Martin" })]
    [InlineData("funder", new[] { "Camille Martin" })]
    [InlineData("coordinator-of-64", new[] { "Camille Martin", "Yanis Durand" })]
    [InlineData("coordinator-of-the-epci", new[] { "Camille Martin", "Yanis Durand" })]
    [InlineData("member", new[] { "Camille Martin", "Yanis Durand", "Inès Lefèvre" })]
    [InlineData("admin", new[] { "Camille Martin", "Yanis Durand", "Inès Lefèvre" })]
    public async Task Each_reader_lists_exactly_the_contacts_their_relation_to_the_actor_allows(string reader, string[] expected)
    {
        var page = await Reader(reader).GetJsonAsync<Page<ContactResponse>>($"/actors/{_collectiveId}/contacts");

        Assert.Equal(expected, page.Items.Select(contact => contact.FullName));
        Assert.Null(page.NextCursor);
    }

    [Theory]
    [InlineData("anonymous", false)]
    [InlineData("coordinator-of-64", false)]
    [InlineData("member", true)]
    [InlineData("admin", true)]
    public async Task Only_those_who_manage_the_contacts_see_the_consent_record(string reader, bool seesConsent)
    {
        var page = await Reader(reader).GetJsonAsync<Page<ContactResponse>>($"/actors/{_collectiveId}/contacts");

        var camille = Assert.Single(page.Items, contact => contact.FullName == "Camille Martin");
        Assert.Equal("camille.martin@example.org", camille.Email);
        Assert.Equal("05 36 49 10 30", camille.Phone);
        Assert.Equal(seesConsent, camille.Consent is not null);
        if (seesConsent)
        {
            Assert.Equal(new ConsentRecord(LegalBasis.Consent, new DateOnly(2026, 9, 14), "Formulaire d'adhésion au collectif SSI 2026"), camille.Consent);
        }
    }

    [Theory]
    [InlineData("anonymous", ContactVisibility.Members, HttpStatusCode.NotFound)]
    [InlineData("anonymous", ContactVisibility.Private, HttpStatusCode.NotFound)]
    [InlineData("coordinator-of-64", ContactVisibility.Members, HttpStatusCode.OK)]
    [InlineData("coordinator-of-64", ContactVisibility.Private, HttpStatusCode.NotFound)]
    [InlineData("member", ContactVisibility.Private, HttpStatusCode.OK)]
    [InlineData("anonymous", ContactVisibility.Public, HttpStatusCode.OK)]
    public async Task A_single_contact_the_reader_may_not_see_does_not_exist_for_them(string reader, ContactVisibility visibility, HttpStatusCode expected)
    {
        var response = await Reader(reader).GetAsync($"/actors/{_collectiveId}/contacts/{_contactIds[visibility]}", Cancellation);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Matches("^W/\"[0-9]+\"$", response.ETag());
        }
    }

    [Fact]
    public async Task Contacts_are_listed_in_pages_that_follow_each_other()
    {
        var admin = Reader("admin");

        var first = await admin.GetJsonAsync<Page<ContactResponse>>($"/actors/{_collectiveId}/contacts?limit=2");
        var second = await admin.GetJsonAsync<Page<ContactResponse>>($"/actors/{_collectiveId}/contacts?limit=2&cursor={first.NextCursor}");

        Assert.Equal(2, first.Items.Count);
        Assert.NotNull(first.NextCursor);
        Assert.Equal(["Inès Lefèvre"], second.Items.Select(contact => contact.FullName));
        Assert.Null(second.NextCursor);
    }

    [Theory]
    [InlineData("?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("?cursor=nope", HttpStatusCode.BadRequest)]
    public async Task Bad_list_parameters_get_a_400_problem(string query, HttpStatusCode expected)
    {
        var response = await Reader("anonymous").GetAsync($"/actors/{_collectiveId}/contacts{query}", Cancellation);

        Assert.Equal(expected, response.StatusCode);
        await response.ReadProblemAsync();
    }

    [Fact]
    public async Task The_contacts_of_an_unknown_actor_are_a_404_problem()
    {
        var response = await Reader("admin").GetAsync($"/actors/{Guid.CreateVersion7()}/contacts", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private HttpClient Reader(string reader) => reader switch
    {
        "anonymous" => factory.CreateClient(),
        "member" => factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [_collectiveId])),
        "member-of-another-actor" => factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [Guid.CreateVersion7()])),
        "coordinator-of-64" => factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["64"])),
        "coordinator-of-the-epci" => factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["epci:200067254"])),
        "coordinator-of-94" => factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["94"])),
        "funder" => factory.CreateClient(TestTokens.Create(SsiRoles.Funder, territories: ["64"])),
        "admin" => factory.CreateClient(TestTokens.Create(SsiRoles.Admin)),
        _ => throw new ArgumentOutOfRangeException(nameof(reader), reader, null),
    };
}
