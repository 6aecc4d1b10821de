using System.Net;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints;
using Microsoft.AspNetCore.Http;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace ActorDirectory.Tests.Offers;

/// <summary>
/// Each test searches its own part of France (Pyrénées-Atlantiques, Val-d'Oise, Val-de-Marne,
/// Essonne), so the tests of this class never see each other's offers.
/// </summary>
public sealed class OfferSearchTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_room_for_80_people_in_or_near_Billere_on_18_November()
    {
        var mairie = await factory.SeedActorAsync("Mairie de Billère", ActorKind.Commune, "64129");
        var mjc = await factory.SeedActorAsync("MJC Berlioz", ActorKind.Mjc, "64445");
        var bayonne = await factory.SeedActorAsync("Ville de Bayonne", ActorKind.Commune, "64102");
        var lille = await factory.SeedActorAsync("Ville de Lille", ActorKind.Commune, "59350");
        var salleDesFetes = await factory.PublishOfferAsync(mairie, OfferRequests.Room(
            "Salle des fêtes", 120, ["kitchen", "hifi-video", "stage-manager"],
            [OfferRequests.Window("2026-11-18T08:00:00+01:00", "2026-11-18T23:00:00+01:00")]));
        await factory.PublishOfferAsync(mairie, OfferRequests.Room("Salle de réunion", 40));
        var pauRoom = await factory.PublishOfferAsync(mjc, OfferRequests.Room("Grande salle", 100));
        var bayonneRoom = await factory.PublishOfferAsync(bayonne, OfferRequests.Room(
            "Salle Lauga", 300, availability: [OfferRequests.Window("2026-11-20T09:00:00+01:00", "2026-11-20T18:00:00+01:00")]));
        await factory.PublishOfferAsync(lille, OfferRequests.Room("Salle du Conseil", 200));

        var found = await SearchAsync("/offers?kind=room&minCapacity=80&near=commune:64129&on=2026-11-18");

        Assert.Equal(
            [(salleDesFetes.Id, OfferDistance.SameCommune), (pauRoom.Id, OfferDistance.SameEpci)],
            found.Items.Select(offer => (offer.Id, offer.Distance!.Value)));
        Assert.Equal(("Mairie de Billère", mairie, "64129", "Billère", 120), (found.Items[0].ActorName, found.Items[0].ActorId, found.Items[0].CommuneCode, found.Items[0].CommuneName, found.Items[0].Capacity));
        Assert.Equal(("MJC Berlioz", "Pau"), (found.Items[1].ActorName, found.Items[1].CommuneName));
        Assert.Null(found.NextCursor);

        var nextDay = await SearchAsync("/offers?kind=room&minCapacity=80&near=commune:64129&on=2026-11-19");
        Assert.Equal([pauRoom.Id], nextDay.Items.Select(offer => offer.Id));

        var anyDay = await SearchAsync("/offers?kind=room&minCapacity=80&near=commune:64129");
        Assert.Equal(
            [(salleDesFetes.Id, OfferDistance.SameCommune), (pauRoom.Id, OfferDistance.SameEpci), (bayonneRoom.Id, OfferDistance.SameDepartment)],
            anyDay.Items.Select(offer => (offer.Id, offer.Distance!.Value)));

        var withKitchen = await SearchAsync("/offers?kind=room&near=commune:64129&tags=kitchen,hifi-video");
        Assert.Equal([salleDesFetes.Id], withKitchen.Items.Select(offer => offer.Id));
    }

    [Fact]
    public async Task Pages_follow_the_distance_then_the_id_without_gaps_or_repeats()
    {
        var cergy = await factory.SeedActorAsync("Ville de Cergy", ActorKind.Commune, "95127");
        var ccas = await factory.SeedActorAsync("CCAS d'Eaubonne", ActorKind.Ccas, "95203");
        var eaubonneRoom = await factory.PublishOfferAsync(ccas, OfferRequests.Room("Salle polyvalente", 60));
        var cergyRooms = new List<Guid>();
        foreach (var title in new[] { "Salle Cavaillé-Coll", "Maison de quartier des Touleuses", "Visages du Monde" })
        {
            cergyRooms.Add((await factory.PublishOfferAsync(cergy, OfferRequests.Room(title, 150))).Id);
        }

        var seen = new List<(Guid, OfferDistance)>();
        string? cursor = null;
        do
        {
            var page = await SearchAsync("/offers?near=commune:95127&limit=1" + (cursor is null ? "" : $"&cursor={cursor}"));
            Assert.Single(page.Items);
            seen.AddRange(page.Items.Select(offer => (offer.Id, offer.Distance!.Value)));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(
            [.. cergyRooms.Order().Select(id => (id, OfferDistance.SameCommune)), (eaubonneRoom.Id, OfferDistance.SameDepartment)],
            seen);
    }

    [Fact]
    public async Task Withdrawn_offers_and_the_offers_of_archived_actors_are_not_found()
    {
        var association = await factory.SeedActorAsync("Association Fontenay Solidarités", ActorKind.Association, "94033");
        var closing = await factory.SeedActorAsync("Comité de jumelage de Fontenay", ActorKind.Association, "94033");
        var kept = await factory.PublishOfferAsync(association, new { kind = "equipment", title = "Sono portable", tags = new[] { "hifi-video" } });
        var withdrawn = await factory.PublishOfferAsync(association, new { kind = "equipment", title = "Vidéoprojecteur", tags = new[] { "hifi-video" } });
        await factory.PublishOfferAsync(closing, new { kind = "equipment", title = "Tables et bancs" });

        (await factory.MemberOf(association).DeleteAsync($"/actors/{association}/offers/{withdrawn.Id}", Cancellation)).EnsureSuccessStatusCode();
        await factory.ArchiveActorAsync(closing);

        var found = await SearchAsync("/offers?kind=equipment&near=commune:94033");
        Assert.Equal([kept.Id], found.Items.Select(offer => offer.Id));
    }

    [Fact]
    public async Task Days_are_Paris_days_and_a_range_finds_windows_overlapping_it()
    {
        var cresi = await factory.SeedActorAsync("Centre de ressources de l'Essonne", ActorKind.ResourceCentre, "91228");
        var lateNight = await factory.PublishOfferAsync(cresi, new
        {
            kind = "pedagogical-material",
            title = "Exposition « Le monde en cartes »",
            availability = new[] { OfferRequests.Window("2026-11-18T23:30:00Z", "2026-11-19T01:00:00Z") },
        });
        var earlyWeek = await factory.PublishOfferAsync(cresi, new
        {
            kind = "pedagogical-material",
            title = "Malle pédagogique sur l'eau",
            availability = new[] { OfferRequests.Window("2026-11-14T09:00:00+01:00", "2026-11-15T18:00:00+01:00") },
        });
        var onRequest = await factory.PublishOfferAsync(cresi, new { kind = "pedagogical-material", title = "Jeu « Le commerce équitable »" });

        // 23:30 UTC on the 18th is 00:30 on the 19th in Paris.
        Assert.Equal([onRequest.Id], await IdsAsync("/offers?kind=pedagogical-material&near=commune:91228&on=2026-11-18"));
        Assert.Equal(Sorted(lateNight.Id, onRequest.Id), await IdsAsync("/offers?kind=pedagogical-material&near=commune:91228&on=2026-11-19"));
        Assert.Equal(Sorted(earlyWeek.Id, onRequest.Id), await IdsAsync("/offers?kind=pedagogical-material&near=commune:91228&from=2026-11-15&to=2026-11-18"));
        Assert.Equal(Sorted(lateNight.Id, onRequest.Id), await IdsAsync("/offers?kind=pedagogical-material&near=commune:91228&from=2026-11-16"));
    }

    [Theory]
    [InlineData("kind=castle", "kind")]
    [InlineData("on=2026-13-01", "on")]
    [InlineData("on=18/11/2026", "on")]
    [InlineData("minCapacity=0", "minCapacity")]
    [InlineData("near=64129", "near")]
    [InlineData("near=commune:6412", "near")]
    [InlineData("near=department:64", "near")]
    [InlineData("tags=Hifi%20Video", "tags")]
    [InlineData("on=2026-11-18&from=2026-11-17", "on")]
    [InlineData("from=2026-11-20&to=2026-11-18", "to")]
    [InlineData("limit=101", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Bad_search_parameters_get_a_400_problem_naming_them(string query, string parameter)
    {
        var response = await factory.CreateClient().GetAsync($"/offers?{query}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<HttpValidationProblemDetails>();
        Assert.Contains(parameter, problem.Errors.Keys);
    }

    [Fact]
    public async Task Searching_near_a_commune_that_does_not_exist_is_a_422_problem()
    {
        var response = await factory.CreateClient().GetAsync("/offers?near=commune:64999", Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Offers at the same distance come in id order.</summary>
    private static List<Guid> Sorted(params Guid[] ids) => ids.Order().ToList();

    private async Task<Page<OfferSearchResult>> SearchAsync(string url) =>
        await factory.CreateClient().GetJsonAsync<Page<OfferSearchResult>>(url);

    private async Task<List<Guid>> IdsAsync(string url) =>
        (await SearchAsync(url)).Items.Select(offer => offer.Id).ToList();
}
