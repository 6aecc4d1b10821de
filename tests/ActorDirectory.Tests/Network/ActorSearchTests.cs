using System.Net;
using ActorDirectory.Endpoints;
using ActorDirectory.Endpoints.Network;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Ssi.Testing;

namespace ActorDirectory.Tests.Network;

public sealed class ActorSearchTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private async Task<List<string>> NamesAsync(string query)
    {
        var page = await factory.CreateClient().GetJsonAsync<ActorSearchPage>($"/actors?{query}&limit=100");
        return page.Items.Select(actor => actor.Name).ToList();
    }

    [Theory]
    [InlineData("resacop", Catalogue.Resacoop)]
    [InlineData("RESACOOP", Catalogue.Resacoop)]
    [InlineData("artisan du mond", Catalogue.ArtisansDuMondePau)]
    [InlineData("mairie de bilère", Catalogue.MairieDeBillere)]
    [InlineData("cinema le melies", Catalogue.CinemaLeMelies)]
    [InlineData("MÉDIATHÈQUE D ESTE", Catalogue.MediathequeDEste)]
    [InlineData("cergy pontoise", Catalogue.CergyPontoise)]
    [InlineData("fontenay sous bois", Catalogue.MairieDeFontenay)]
    public async Task Text_search_forgives_typos_accents_case_and_punctuation(string text, string expectedFirst)
    {
        var names = await NamesAsync($"q={Uri.EscapeDataString(text)}");

        Assert.Equal(expectedFirst, names.FirstOrDefault());
    }

    [Fact]
    public async Task Text_search_finds_descriptions_too_but_ranks_a_name_starting_with_the_text_first()
    {
        var names = await NamesAsync("q=lianes");

        Assert.Equal([Catalogue.LianesCooperation, Catalogue.UniversiteDeLille], names);
    }

    [Fact]
    public async Task Unrelated_text_finds_nothing()
    {
        Assert.Empty(await NamesAsync("q=kangourou"));
    }

    [Theory]
    [InlineData("territory=department:95", new[] { Catalogue.CergyPontoise, Catalogue.CcasEaubonne, Catalogue.CollectifCergy, Catalogue.VilleDeCergy })]
    [InlineData("territory=epci:249500109", new[] { Catalogue.CergyPontoise, Catalogue.CollectifCergy, Catalogue.VilleDeCergy })]
    [InlineData("territory=commune:95203", new[] { Catalogue.CcasEaubonne })]
    [InlineData("territory=region:75", new[] { Catalogue.ArtisansDuMondePau, Catalogue.CinemaLeMelies, Catalogue.MairieDeBillere, Catalogue.MediathequeDEste })]
    [InlineData("territory=epci:200067254&kind=commune", new[] { Catalogue.MairieDeBillere })]
    public async Task A_territory_includes_every_actor_based_beneath_it(string query, string[] expected)
    {
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await NamesAsync(query)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("kind=commune,ccas", new[] { Catalogue.CcasEaubonne, Catalogue.MairieDeBillere, Catalogue.MairieDeFontenay, Catalogue.VilleDeCergy })]
    [InlineData("kind=library&kind=cinema", new[] { Catalogue.CinemaLeMelies, Catalogue.MediathequeDEste })]
    [InlineData("theme=migrations", new[] { Catalogue.CinemaLeMelies, Catalogue.MairieDeBillere })]
    [InlineData("theme=fair-trade&theme=climate", new[] { Catalogue.ArtisansDuMondePau, Catalogue.MairieDeBillere })]
    [InlineData("theme=culture&kind=library", new[] { Catalogue.MediathequeDEste })]
    [InlineData("offers=room", new[] { Catalogue.MairieDeBillere })]
    [InlineData("offers=equipment", new string[0])]
    [InlineData("offers=equipment,expertise", new[] { Catalogue.MediathequeDEste })]
    [InlineData("isInternationalSolidarity=true", new[] { Catalogue.ArtisansDuMondePau })]
    [InlineData("status=archived", new[] { Catalogue.FormerCergyAssociation })]
    [InlineData("status=archived,active&territory=commune:95127", new[] { Catalogue.CergyPontoise, Catalogue.CollectifCergy, Catalogue.FormerCergyAssociation, Catalogue.VilleDeCergy })]
    [InlineData("updatedSince=2999-01-01T00:00:00Z", new string[0])]
    public async Task Filters_combine_and_each_accepts_alternatives(string query, string[] expected)
    {
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await NamesAsync(query)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Archived_actors_stay_out_unless_asked_for()
    {
        var names = await NamesAsync("territory=commune:95127&updatedSince=2000-01-01T00:00:00%2B01:00");

        Assert.DoesNotContain(Catalogue.FormerCergyAssociation, names);
        Assert.Contains(Catalogue.VilleDeCergy, names);
    }

    [Fact]
    public async Task Without_text_the_list_is_in_name_order_and_the_first_page_tells_the_total()
    {
        var client = factory.CreateClient();

        var first = await client.GetJsonAsync<ActorSearchPage>("/actors?territory=department:95&limit=2");
        var second = await client.GetJsonAsync<ActorSearchPage>($"/actors?territory=department:95&limit=2&cursor={first.NextCursor}");

        Assert.Equal([Catalogue.CergyPontoise, Catalogue.CcasEaubonne, Catalogue.CollectifCergy, Catalogue.VilleDeCergy], first.Items.Concat(second.Items).Select(actor => actor.Name));
        Assert.Equal((4, true), (first.Total, first.TotalIsExact));
        Assert.Equal((null, null), (second.Total, second.TotalIsExact));
        Assert.Null(second.NextCursor);
    }

    [Theory]
    [InlineData("/actors?territory=95", "territory")]
    [InlineData("/actors?territory=department:", "territory")]
    [InlineData("/actors?territory=canton:6401", "territory")]
    [InlineData("/actors?territory=commune:6412", "territory")]
    [InlineData("/actors?kind=castle", "kind")]
    [InlineData("/actors?kind=commune,castle", "kind")]
    [InlineData("/actors?offers=yacht", "offers")]
    [InlineData("/actors?status=deleted", "status")]
    [InlineData("/actors?theme=Climat%20!", "theme")]
    [InlineData("/actors?q=a", "Q")]
    [InlineData("/actors?q=--", "q")]
    public async Task Malformed_filters_get_a_400_problem_naming_the_parameter(string url, string field)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<HttpValidationProblemDetails>();
        Assert.Contains(problem.Errors.Keys, key => key.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/actors?q=" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij"
        + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "x")]
    [InlineData("/actors?limit=0")]
    [InlineData("/actors?limit=101")]
    [InlineData("/actors?cursor=bm9wZQ")]
    [InlineData("/actors?isInternationalSolidarity=maybe")]
    [InlineData("/actors?updatedSince=yesterday")]
    public async Task Other_bad_parameters_get_a_400_problem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_cursor_replayed_with_other_filters_is_refused()
    {
        var client = factory.CreateClient();
        var first = await client.GetJsonAsync<ActorSearchPage>("/actors?territory=department:95&limit=1");

        var otherFilter = await client.GetAsync($"/actors?territory=department:64&limit=1&cursor={first.NextCursor}", Cancellation);
        var withText = await client.GetAsync($"/actors?territory=department:95&q=cergy&limit=1&cursor={first.NextCursor}", Cancellation);
        var sameFilter = await client.GetAsync($"/actors?territory=department:95&limit=3&cursor={first.NextCursor}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, otherFilter.StatusCode);
        Assert.Contains("cursor", (await otherFilter.ReadJsonAsync<ProblemDetails>()).Detail);
        Assert.Equal(HttpStatusCode.BadRequest, withText.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameFilter.StatusCode);
    }

    [Theory]
    [InlineData("commune:64999", "commune")]
    [InlineData("epci:123456789", "epci")]
    [InlineData("department:2A", "department")]
    [InlineData("region:99", "region")]
    public async Task A_well_formed_but_unknown_territory_is_a_422_problem(string territory, string kind)
    {
        var response = await factory.CreateClient().GetAsync($"/actors?territory={territory}", Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadJsonAsync<ProblemDetails>();
        Assert.Contains(kind, problem.Detail);
        Assert.Contains(territory.Split(':')[1], problem.Detail);
    }

    [Fact]
    public async Task Text_search_pages_by_relevance_without_gaps_or_repeats()
    {
        var client = factory.CreateClient();
        var all = (await client.GetJsonAsync<ActorSearchPage>("/actors?q=cergy&limit=100")).Items.Select(actor => actor.Id).ToList();

        var paged = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync<ActorSearchPage>("/actors?q=cergy&limit=1" + (cursor is null ? "" : $"&cursor={cursor}"));
            paged.AddRange(page.Items.Select(actor => actor.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.True(all.Count >= 3, $"q=cergy found {all.Count} actors.");
        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task Pages_neither_skip_nor_repeat_actors_while_others_are_registered_between_them()
    {
        const string theme = "pagination-check";
        async Task AddAsync(string letter) =>
            await factory.AddActorAsync($"Association Lille {letter}", Domain.Actors.ActorKind.Association, Places.Lille, actor => actor.Themes = [theme]);
        foreach (var letter in new[] { "B", "D", "F", "H", "J", "L" })
        {
            await AddAsync(letter);
        }

        var client = factory.CreateClient();
        var seen = new List<string>();
        string? cursor = null;
        var inserts = new Queue<string[]>([["A", "E"], ["C", "G"], ["Ea", "K"]]);
        do
        {
            var page = await client.GetJsonAsync<ActorSearchPage>($"/actors?theme={theme}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.Items.Select(actor => actor.Name["Association Lille ".Length..]));
            cursor = page.NextCursor;
            if (inserts.TryDequeue(out var letters))
            {
                foreach (var letter in letters)
                {
                    await AddAsync(letter);
                }
            }
        }
        while (cursor is not null);

        // Registered behind the reader (A, C, Ea) are not seen; ahead of it (E, G, K) are, in place.
        Assert.Equal(["B", "D", "E", "F", "G", "H", "J", "K", "L"], seen);
    }
}
