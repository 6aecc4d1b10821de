using System.Net;
using ActorDirectory.Domain.Territories;
using ActorDirectory.Endpoints;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;
using Ssi.Testing;

namespace ActorDirectory.Tests.Territories;

/// <summary>The public territory API over the territories every test database is seeded with (TestTerritories).</summary>
public sealed class TerritoryApiTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_commune_comes_with_its_EPCI_department_and_region()
    {
        var response = await factory.CreateClient().GetAsync("/territories/commune/64129", Cancellation);
        var billere = await response.ReadJsonAsync<TerritoryResponse>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            (TerritoryKind.Commune, "64129", "commune:64129", "Billère", "216401299", 14384),
            (billere.Kind, billere.Code, billere.Reference, billere.Name, billere.Siren, billere.Population));
        Assert.Equal(["64140"], billere.PostalCodes);
        Assert.Equal(
            [
                new TerritoryParent(TerritoryKind.Epci, "200067254", "CA Pau Béarn Pyrénées"),
                new TerritoryParent(TerritoryKind.Department, "64", "Pyrénées-Atlantiques"),
                new TerritoryParent(TerritoryKind.Region, "75", "Nouvelle-Aquitaine"),
            ],
            billere.Parents);
        Assert.Contains("\"kind\":\"epci\"", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Theory]
    [InlineData("/territories/commune/64129")]
    [InlineData("/territories/department/64/communes")]
    [InlineData("/territories?q=billere")]
    public async Task Territories_are_reference_data_that_browsers_and_the_gateway_keep_an_hour_and_revalidate_with_a_304(string url)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(url, Cancellation);

        Assert.Equal(HttpCaching.Reference, response.Headers.CacheControl?.ToString());
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl.SharedMaxAge);
        var etag = Assert.IsType<System.Net.Http.Headers.EntityTagHeaderValue>(response.Headers.ETag);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { IfNoneMatch = { etag } } };
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(revalidation, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_department_lies_in_its_region_and_an_EPCI_in_the_departments_and_regions_of_its_communes()
    {
        var client = factory.CreateClient();

        var department = await client.GetJsonAsync<TerritoryResponse>("/territories/department/64");
        var grandParis = await client.GetJsonAsync<TerritoryResponse>("/territories/epci/200054781");

        Assert.Equal([new TerritoryParent(TerritoryKind.Region, "75", "Nouvelle-Aquitaine")], department.Parents);
        Assert.Equal(
            [
                new TerritoryParent(TerritoryKind.Department, "75", "Paris"),
                new TerritoryParent(TerritoryKind.Department, "94", "Val-de-Marne"),
                new TerritoryParent(TerritoryKind.Region, "11", "Île-de-France"),
            ],
            grandParis.Parents);
    }

    [Theory]
    [InlineData("/territories/epci/200067254/communes", new[] { "64129", "64335", "64445" })]
    [InlineData("/territories/department/64/communes", new[] { "64102", "64129", "64335", "64445" })]
    [InlineData("/territories/region/11/communes", new[] { "75056", "91228", "94033", "95127", "95203" })]
    public async Task The_communes_of_an_EPCI_a_department_or_a_region_come_page_by_page_in_code_order(string url, string[] expected)
    {
        var client = factory.CreateClient();
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync<Page<TerritoryResponse>>($"{url}?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            Assert.InRange(page.Items.Count, 1, 2);
            Assert.All(page.Items, commune => Assert.Equal(TerritoryKind.Commune, commune.Kind));
            seen.AddRange(page.Items.Select(commune => commune.Code));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("billere", "64129")]
    [InlineData("BILLÈRE", "64129")]
    [InlineData("biliere", "64129")]
    [InlineData("fontenay sous bois", "94033")]
    [InlineData("Fontenay-sous-Bois", "94033")]
    [InlineData("fontenay sous boit", "94033")]
    [InlineData("evry", "91228")]
    [InlineData("cergy pontoise", "249500109")]
    public async Task Name_search_ignores_accents_case_and_punctuation_and_forgives_typos(string query, string expectedFirst)
    {
        var matches = await factory.CreateClient().GetJsonAsync<TerritoryMatches>($"/territories?q={Uri.EscapeDataString(query)}");

        Assert.Equal(expectedFirst, matches.Items[0].Code);
    }

    [Fact]
    public async Task Name_search_puts_the_exact_name_first_then_names_containing_it_and_filters_by_kind()
    {
        var client = factory.CreateClient();

        var all = await client.GetJsonAsync<TerritoryMatches>("/territories?q=pau");
        var epcis = await client.GetJsonAsync<TerritoryMatches>("/territories?q=pau&kind=epci");
        var one = await client.GetJsonAsync<TerritoryMatches>("/territories?q=pau&limit=1");

        Assert.Equal(["commune:64445", "epci:200067254"], all.Items.Take(2).Select(territory => territory.Reference));
        Assert.Equal("Pyrénées-Atlantiques", all.Items[0].Parents.Single(parent => parent.Kind == TerritoryKind.Department).Name);
        Assert.All(epcis.Items, territory => Assert.Equal(TerritoryKind.Epci, territory.Kind));
        Assert.Equal("epci:200067254", epcis.Items[0].Reference);
        Assert.Equal(["commune:64445"], one.Items.Select(territory => territory.Reference));
    }

    [Theory]
    [InlineData("/territories/commune/64999")]
    [InlineData("/territories/epci/999999999")]
    [InlineData("/territories/region/99/communes")]
    public async Task An_unknown_territory_is_a_404_problem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string> BadRequests => new()
    {
        "/territories/city/64129",
        "/territories/Commune/64129",
        "/territories/commune/6412",
        "/territories/commune/2C004",
        "/territories/department/6A",
        "/territories/region/7",
        "/territories/epci/20006725",
        "/territories/commune/64129/communes",
        "/territories/epci/200067254/communes?limit=101",
        "/territories/epci/200067254/communes?cursor=not-a-cursor",
        $"/territories/epci/200067254/communes?cursor={PageCursor.Encode("zzz")}",
        "/territories",
        "/territories?q=b",
        "/territories?q=--",
        $"/territories?q={new string('a', 101)}",
        "/territories?q=pau&kind=city",
        "/territories?q=pau&limit=0",
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_malformed_kind_code_query_or_page_is_a_400_problem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_territory_endpoints()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json", Cancellation);

        Assert.Contains("\"/territories\"", document);
        Assert.Contains("\"/territories/{kind}/{code}\"", document);
        Assert.Contains("\"/territories/{kind}/{code}/communes\"", document);
    }
}
