using System.Net;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Changes;
using ActorDirectory.Endpoints;
using ActorDirectory.Tests.Actors;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Publishing;
using Ssi.Testing;

namespace ActorDirectory.Tests.Contacts;

public sealed class ContactErasureTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Admin => factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

    private HttpClient MemberOf(Guid actorId) => factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [actorId]));

    [Fact]
    public async Task An_erased_contact_leaves_no_trace_in_the_database_and_is_announced_by_id_only()
    {
        await using var probe = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(ContactErased));
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Collectif SSI de Billère"));
        var member = MemberOf(actor.Id);
        var person = ContactRequests.Person("Maëlle Quintard-Oyarzabal", ContactVisibility.Private, "maelle.quintard@example.org") with { Function = "Référente jumelage Burkina Faso", Phone = "06 39 98 12 34" };
        var contact = await (await member.PostJsonAsync($"/actors/{actor.Id}/contacts", person)).ReadJsonAsync<ContactResponse>();
        await member.PutJsonAsync($"/actors/{actor.Id}/contacts/{contact.Id}", person with { Visibility = ContactVisibility.Members },
            (await member.GetAsync($"/actors/{actor.Id}/contacts/{contact.Id}", Cancellation)).ETag());
        // ContactChanged carries the name, email and function (not the phone) through the outbox.
        var sharedTraces = new[] { "Quintard", "maelle.quintard@example.org", "Burkina Faso" };
        foreach (var trace in sharedTraces)
        {
            Assert.Equal(["contacts", "outbox_messages"], (await TablesContainingAsync(trace)).Order());
        }

        Assert.Equal(["contacts"], await TablesContainingAsync("06 39 98 12 34"));

        var response = await member.DeleteAsync($"/actors/{actor.Id}/contacts/{contact.Id}", Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var announced = await probe.WaitForAsync<ContactErased>(message => message.ContactId == contact.Id);
        Assert.Equal(actor.Id, announced.ActorId);
        foreach (var trace in sharedTraces.Append("06 39 98 12 34"))
        {
            Assert.Empty(await TablesContainingAsync(trace));
        }

        var tombstone = await factory.InScopeAsync(db => db.Changes.AsNoTracking()
            .Where(change => change.EntityId == contact.Id).OrderBy(change => change.Sequence).ToListAsync(Cancellation));
        Assert.Equal(ChangeKind.Erased, tombstone[^1].Kind);
        Assert.Equal(actor.Id, tombstone[^1].ActorId);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/actors/{actor.Id}/contacts/{contact.Id}", Cancellation)).StatusCode);
        Assert.Empty((await member.GetJsonAsync<Ssi.ServiceDefaults.Http.Page<ContactResponse>>($"/actors/{actor.Id}/contacts")).Items);
    }

    [Fact]
    public async Task Erasing_a_contact_already_erased_is_a_404_problem()
    {
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Artisans du Monde Billère"));
        var member = MemberOf(actor.Id);
        var contact = await (await member.PostJsonAsync($"/actors/{actor.Id}/contacts", ContactRequests.Person("Jules Fabre"))).ReadJsonAsync<ContactResponse>();

        var first = await member.DeleteAsync($"/actors/{actor.Id}/contacts/{contact.Id}", Cancellation);
        var second = await member.DeleteAsync($"/actors/{actor.Id}/contacts/{contact.Id}", Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        await second.ReadProblemAsync();
    }

    [Fact]
    public async Task Only_the_actors_members_and_admins_erase_its_contacts_and_an_archived_actors_contacts_can_still_be_erased()
    {
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Comité de jumelage Pau"));
        var contact = await (await MemberOf(actor.Id).PostJsonAsync($"/actors/{actor.Id}/contacts", ContactRequests.Person("Zoé Lambert"))).ReadJsonAsync<ContactResponse>();
        var url = $"/actors/{actor.Id}/contacts/{contact.Id}";
        await Admin.PostAsync($"/actors/{actor.Id}/archive", null, Cancellation);

        var coordinator = await factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["64"])).DeleteAsync(url, Cancellation);
        var stranger = await MemberOf(Guid.CreateVersion7()).DeleteAsync(url, Cancellation);
        var otherActor = await MemberOf(actor.Id).DeleteAsync($"/actors/{Guid.CreateVersion7()}/contacts/{contact.Id}", Cancellation);
        var admin = await Admin.DeleteAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, coordinator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherActor.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, admin.StatusCode);
    }

    /// <summary>The tables of the service's database in which some row, read as text, contains <paramref name="text"/>.</summary>
    private Task<List<string>> TablesContainingAsync(string text) => factory.InScopeAsync(async db =>
    {
        var tables = await db.Database.SqlQuery<string>(
            $"SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'").ToListAsync(Cancellation);
        var containing = new List<string>();
        foreach (var table in tables)
        {
            // Table names come from the catalogue, not from input.
#pragma warning disable EF1002
            var hits = await db.Database.SqlQueryRaw<int>($"SELECT count(*)::int AS \"Value\" FROM \"{table}\" AS row WHERE row::text ILIKE {{0}}", $"%{text}%").SingleAsync(Cancellation);
#pragma warning restore EF1002
            if (hits > 0)
            {
                containing.Add(table);
            }
        }

        return containing;
    });
}
