using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventsCalendar.Endpoints;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>The registry of places, located through the real directory and linked to the rooms its members lend.</summary>
public sealed class VenueTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Member => factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [Guid.NewGuid()]));

    [Fact]
    public async Task A_venue_takes_its_communes_place_in_the_territory_reference_from_the_directory()
    {
        var response = await Member.PostAsJsonAsync("/venues", new
        {
            name = "Médiathèque d'Este",
            address = "Rue Pierre-Bonnard",
            postalCode = "64140",
            communeCode = "64129",
            latitude = 43.3029,
            longitude = -0.3962,
            accessibility = new[] { "wheelchair", "hearing" },
            capacity = 80,
        }, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var venue = (await response.ReadJsonAsync<VenueResponse>())!;
        Assert.Equal(new TerritoryResponse("64129", "200067254", "64", "75"), venue.Territory);
        var listed = await factory.CreateClient().GetJsonAsync<Page<VenueResponse>>("/venues?territory=epci:200067254");
        Assert.Contains(listed!.Items, item => item.Id == venue.Id);
    }

    [Fact]
    public async Task The_same_place_written_differently_is_one_venue()
    {
        var first = await Member.PostAsJsonAsync("/venues", new { name = "Salle des fêtes", address = "12, rue de la Paix", communeCode = "94033" }, Cancellation);
        var second = await Member.PostAsJsonAsync("/venues", new { name = "SALLE DES FETES", address = "12 rue de la paix", communeCode = "94033" }, Cancellation);
        var elsewhere = await Member.PostAsJsonAsync("/venues", new { name = "Salle des fêtes", address = "12 rue de la Paix", communeCode = "95127" }, Cancellation);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created), (first.StatusCode, second.StatusCode, elsewhere.StatusCode));
        Assert.Equal((await first.ReadJsonAsync<VenueResponse>())!.Id, (await second.ReadJsonAsync<VenueResponse>())!.Id);
    }

    [Fact]
    public async Task Registering_one_place_many_times_at_once_makes_one_venue()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Member.PostAsJsonAsync("/venues", new { name = "Maison des associations", address = "1 rue du Stade", communeCode = "64445" }, Cancellation)));

        Assert.All(responses, response => Assert.True(response.IsSuccessStatusCode));
        var ids = await Task.WhenAll(responses.Select(async response => (await response.ReadJsonAsync<VenueResponse>())!.Id));
        Assert.Single(ids.Distinct());
    }

    [Theory]
    [InlineData("64999", HttpStatusCode.UnprocessableEntity)]
    [InlineData("99999", HttpStatusCode.BadRequest)]
    [InlineData("6412", HttpStatusCode.BadRequest)]
    [InlineData("64129\n", HttpStatusCode.BadRequest)]
    public async Task A_commune_the_reference_does_not_know_is_refused(string communeCode, HttpStatusCode expected)
    {
        var response = await Member.PostAsJsonAsync("/venues", new { name = "Salle inconnue", address = "Nulle part", communeCode }, Cancellation);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Only_members_coordinators_and_admins_register_venues()
    {
        var anonymous = await factory.CreateClient().PostAsJsonAsync("/venues", new { name = "Salle", address = "Rue", communeCode = "64129" }, Cancellation);
        var funder = await factory.CreateClient(TestTokens.Create(SsiRoles.Funder)).PostAsJsonAsync("/venues", new { name = "Salle", address = "Rue", communeCode = "64129" }, Cancellation);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden), (anonymous.StatusCode, funder.StatusCode));
    }

    [Fact]
    public async Task A_venue_links_a_room_the_city_lends_in_the_directory_and_nothing_else()
    {
        var directoryAdmin = factory.Directory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        var registered = await directoryAdmin.PostAsJsonAsync("/actors",
            new { name = "Mairie de Billère", kind = "commune", territoryCode = "64129", description = "La ville prête ses salles pour la Semaine." }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var cityId = (await registered.ReadJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        async Task<Guid> OfferAsync(object offer)
        {
            var published = await directoryAdmin.PostAsJsonAsync($"/actors/{cityId}/offers", offer, Cancellation);
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync(Cancellation));
            return (await published.ReadJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        var room = await OfferAsync(new { kind = "room", title = "Salle du Lacaou", capacity = 120 });
        var staff = await OfferAsync(new { kind = "staff", title = "Un technicien son" });

        var linked = await Member.PostAsJsonAsync("/venues", new { name = "Salle du Lacaou", address = "Allée du Lacaou", communeCode = "64129", offerId = room }, Cancellation);
        var notARoom = await Member.PostAsJsonAsync("/venues", new { name = "Technicien", address = "Mairie", communeCode = "64129", offerId = staff }, Cancellation);
        var wrongCommune = await Member.PostAsJsonAsync("/venues", new { name = "Salle du Lacaou", address = "Allée du Lacaou", communeCode = "64445", offerId = room }, Cancellation);
        var unknown = await Member.PostAsJsonAsync("/venues", new { name = "Salle fantôme", address = "Allée", communeCode = "64129", offerId = Guid.NewGuid() }, Cancellation);

        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
        Assert.Equal(room, (await linked.ReadJsonAsync<VenueResponse>())!.OfferId);
        Assert.All([notARoom, wrongCommune, unknown], response => Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode));
    }
}
