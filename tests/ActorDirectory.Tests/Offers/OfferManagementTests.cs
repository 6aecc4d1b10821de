using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Offers;
using ActorDirectory.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace ActorDirectory.Tests.Offers;

public sealed class OfferManagementTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_publishes_an_offer_located_at_its_actor_unless_told_otherwise()
    {
        var mairie = await factory.SeedActorAsync("Mairie de Billère", ActorKind.Commune, "64129");
        var client = factory.MemberOf(mairie);

        var response = await client.PublishOfferAsync(mairie, OfferRequests.Room(
            "Salle des fêtes", 120, ["kitchen", "kitchen", "stage-manager"],
            [OfferRequests.Window("2026-11-20T14:00:00+01:00", "2026-11-20T18:00:00+01:00"), OfferRequests.Window("2026-11-18T08:00:00+01:00", "2026-11-18T23:00:00+01:00")]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var offer = await response.ReadJsonAsync<OfferResponse>();
        Assert.EndsWith($"/offers/{offer.Id}", response.Headers.Location?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal((OfferKind.Room, "Salle des fêtes", 120, "64129", mairie, false), (offer.Kind, offer.Title, offer.Capacity, offer.CommuneCode, offer.ActorId, offer.Withdrawn));
        Assert.Equal(["kitchen", "stage-manager"], offer.Tags);
        Assert.Equal(
            [new AvailabilityWindowResponse(DateTimeOffset.Parse("2026-11-18T07:00:00Z"), DateTimeOffset.Parse("2026-11-18T22:00:00Z")),
             new AvailabilityWindowResponse(DateTimeOffset.Parse("2026-11-20T13:00:00Z"), DateTimeOffset.Parse("2026-11-20T17:00:00Z"))],
            offer.Availability);
        Assert.Equivalent(offer, await factory.CreateClient().GetJsonAsync<OfferResponse>($"/offers/{offer.Id}"), strict: true);

        var elsewhere = await client.PublishOfferAsync(mairie, OfferRequests.Room("Salle Lauga", 300, communeCode: "64102"));
        Assert.Equal("64102", (await elsewhere.ReadJsonAsync<OfferResponse>()).CommuneCode);

        var nowhere = await client.PublishOfferAsync(mairie, OfferRequests.Room("Salle fantôme", 50, communeCode: "64999"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nowhere.StatusCode);
    }

    public static TheoryData<string, string> InvalidOffers => new()
    {
        { """{"kind":"room","title":"Salle des fêtes"}""", "Capacity" },
        { """{"kind":"room","title":"Salle des fêtes","capacity":0}""", "Capacity" },
        { """{"kind":"room","title":"Salle des fêtes","capacity":10001}""", "Capacity" },
        { """{"kind":"equipment","title":"Sono","capacity":10}""", "Capacity" },
        { """{"kind":"room","capacity":80}""", "Title" },
        { """{"kind":"castle","title":"Château","capacity":80}""", "" },
        { """{"kind":"equipment","title":"Sono","tags":["Hifi Video"]}""", "Tags" },
        { """{"kind":"equipment","title":"Sono","communeCode":"6412"}""", "CommuneCode" },
        { """{"kind":"equipment","title":"Sono","availability":[{"startsAt":"2026-11-18T10:00:00Z","endsAt":"2026-11-18T10:00:00Z"}]}""", "Availability" },
        { """{"kind":"equipment","title":"Sono","availability":[{"startsAt":"2026-11-18T10:00:00Z","endsAt":"2026-11-18T12:00:00Z"},{"startsAt":"2026-11-18T11:00:00Z","endsAt":"2026-11-18T13:00:00Z"}]}""", "Availability" },
        { JsonSerializer.Serialize(new { kind = "equipment", title = "Sono", availability = Enumerable.Range(1, 51).Select(day => new { startsAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(day), endsAt = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero).AddDays(day) }) }), "Availability" },
        { """{"kind":"equipment","title":"Sono","availability":[{"startsAt":"2026-11-18T10:00:00Z"}]}""", "" },
    };

    [Theory]
    [MemberData(nameof(InvalidOffers))]
    public async Task Bad_offers_get_a_400_problem_and_store_nothing(string body, string field)
    {
        var association = await factory.SeedActorAsync("Association Béarn Solidarité", ActorKind.Association, "64445");

        var response = await factory.MemberOf(association).PostAsync(
            $"/actors/{association}/offers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<HttpValidationProblemDetails>();
        if (field != "")
        {
            Assert.Contains(problem.Errors.Keys, key => key.Equals(field, StringComparison.OrdinalIgnoreCase));
        }

        Assert.False(await factory.InScopeAsync(db => db.Offers.AnyAsync(offer => offer.ActorId == association, Cancellation)));
    }

    [Fact]
    public async Task Only_the_actors_members_its_territory_coordinators_and_admins_manage_its_offers()
    {
        var mairie = await factory.SeedActorAsync("Mairie de Pau", ActorKind.Commune, "64445");
        var neighbour = await factory.SeedActorAsync("Mairie de Billère", ActorKind.Commune, "64129");
        var room = OfferRequests.Room("Salle du Parlement de Navarre", 90);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PublishOfferAsync(mairie, room)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.MemberOf(neighbour).PublishOfferAsync(mairie, room)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["94"])).PublishOfferAsync(mairie, room)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["64"])).PublishOfferAsync(mairie, room)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await factory.CreateClient(TestTokens.Create(SsiRoles.Admin)).PublishOfferAsync(mairie, room)).StatusCode);

        var offer = await factory.PublishOfferAsync(mairie, room);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.MemberOf(neighbour).DeleteAsync($"/actors/{mairie}/offers/{offer.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.MemberOf(neighbour).PutAsJsonAsync($"/actors/{mairie}/offers/{offer.Id}", room, Cancellation)).StatusCode);
        Assert.False((await factory.CreateClient().GetJsonAsync<OfferResponse>($"/offers/{offer.Id}")).Withdrawn);
    }

    [Fact]
    public async Task An_offer_is_replaced_with_If_Match_then_withdrawn_for_good()
    {
        var mjc = await factory.SeedActorAsync("MJC Berlioz", ActorKind.Mjc, "64445");
        var client = factory.MemberOf(mjc);
        var offer = await factory.PublishOfferAsync(mjc, OfferRequests.Room("Grande salle", 100, availability: [OfferRequests.Window("2026-11-18T09:00:00Z", "2026-11-18T17:00:00Z")]));
        var read = await factory.CreateClient().GetAsync($"/offers/{offer.Id}", Cancellation);
        var etag = read.Headers.ETag!;

        var replaced = await PutAsync(client, $"/actors/{mjc}/offers/{offer.Id}", OfferRequests.Room("Grande salle rénovée", 110, ["stage"]), etag);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var changed = await replaced.ReadJsonAsync<OfferResponse>();
        Assert.Equal(("Grande salle rénovée", 110, 0), (changed.Title, changed.Capacity, changed.Availability.Count));
        Assert.NotEqual(etag, replaced.Headers.ETag);

        var stale = await PutAsync(client, $"/actors/{mjc}/offers/{offer.Id}", OfferRequests.Room("Petite salle", 30), etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Grande salle rénovée", (await factory.CreateClient().GetJsonAsync<OfferResponse>($"/offers/{offer.Id}")).Title);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/actors/{mjc}/offers/{offer.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/actors/{mjc}/offers/{offer.Id}", Cancellation)).StatusCode);
        Assert.True((await factory.CreateClient().GetJsonAsync<OfferResponse>($"/offers/{offer.Id}")).Withdrawn);
        Assert.Equal(HttpStatusCode.Conflict, (await PutAsync(client, $"/actors/{mjc}/offers/{offer.Id}", OfferRequests.Room("Grande salle", 100), null)).StatusCode);

        Assert.Empty((await factory.CreateClient().GetJsonAsync<Page<OfferResponse>>($"/actors/{mjc}/offers")).Items);
        Assert.Equal([offer.Id], (await factory.CreateClient().GetJsonAsync<Page<OfferResponse>>($"/actors/{mjc}/offers?includeWithdrawn=true")).Items.Select(o => o.Id));
    }

    [Fact]
    public async Task An_archived_actor_publishes_nothing_and_unknown_actors_or_offers_are_404()
    {
        var closed = await factory.SeedActorAsync("Ancienne association de Pau", ActorKind.Association, "64445");
        await factory.ArchiveActorAsync(closed);
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PublishOfferAsync(closed, OfferRequests.Room("Salle", 20))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PublishOfferAsync(Guid.NewGuid(), OfferRequests.Room("Salle", 20))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/actors/{closed}/offers/{Guid.NewGuid()}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/offers/{Guid.NewGuid()}", Cancellation)).StatusCode);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object body, EntityTagHeaderValue? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch);
        }

        return client.SendAsync(request, Cancellation);
    }
}
