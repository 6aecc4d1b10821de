using ActorDirectory.Data;
using ActorDirectory.Domain.Territories;
using ActorDirectory.Endpoints;
using Ssi.ServiceDefaults.Territories;
using Ssi.Testing;

namespace ActorDirectory.Tests.Territories;

/// <summary>
/// The territory search by code: postal codes, INSEE codes, department codes and SIREN, over
/// TestTerritories plus Lons (which shares Billère's postal code), Corse-du-Sud and Guadeloupe.
/// </summary>
public sealed class TerritoryCodeSearchTests(TerritoryCodeSearchTests.Factory factory) : IClassFixture<TerritoryCodeSearchTests.Factory>
{
    public sealed class Factory : ActorDirectoryFactory
    {
        protected override async Task SeedAsync(DirectoryDbContext db)
        {
            db.Territories.AddRange(
                new Territory(TerritoryKind.Commune, "64348", "Lons")
                {
                    Siren = "216403485",
                    Population = 12836,
                    EpciCode = "200067254",
                    DepartmentCode = "64",
                    RegionCode = "75",
                    PostalCodes = ["64140"],
                },
                new Territory(TerritoryKind.Department, "2A", "Corse-du-Sud") { RegionCode = "94" },
                new Territory(TerritoryKind.Department, "971", "Guadeloupe") { RegionCode = "01" });
            await base.SeedAsync(db);
        }
    }

    private async Task<List<string>> SearchAsync(string query) =>
        (await factory.CreateClient().GetJsonAsync<TerritoryMatches>($"/territories?q={Uri.EscapeDataString(query)}"))
            .Items.Select(territory => territory.Reference).ToList();

    [Fact]
    public async Task A_postal_code_finds_every_commune_that_has_it_the_most_populous_first()
    {
        Assert.Equal(["commune:64129", "commune:64348"], await SearchAsync("64140"));
        Assert.Equal(["commune:64445"], await SearchAsync(" 64000 "));
    }

    [Theory]
    [InlineData("64129", "commune:64129")]
    [InlineData("64", "department:64")]
    [InlineData("2a", "department:2A")]
    [InlineData("2A", "department:2A")]
    [InlineData("971", "department:971")]
    [InlineData("200067254", "epci:200067254")]
    [InlineData("region:75", "region:75")]
    public async Task A_code_finds_its_territory_first(string query, string expected)
    {
        Assert.Equal(expected, (await SearchAsync(query))[0]);
    }

    [Fact]
    public async Task A_code_search_honours_the_kind_and_the_limit_and_name_matches_follow()
    {
        var client = factory.CreateClient();

        var epcis = await client.GetJsonAsync<TerritoryMatches>("/territories?q=64140&kind=epci");
        var first = await client.GetJsonAsync<TerritoryMatches>("/territories?q=64140&limit=1");
        var lons = await client.GetJsonAsync<TerritoryMatches>("/territories?q=lons");

        Assert.Empty(epcis.Items);
        Assert.Equal(["commune:64129"], first.Items.Select(territory => territory.Reference));
        Assert.Equal("commune:64348", lons.Items[0].Reference);
        Assert.Equal("CA Pau Béarn Pyrénées", lons.Items[0].Parents[0].Name);
    }

    [Theory]
    [InlineData("64999")]
    [InlineData("99999")]
    [InlineData("123456")]
    public async Task A_code_that_nothing_has_finds_nothing(string query)
    {
        Assert.Empty(await SearchAsync(query));
    }

    [Fact]
    public async Task The_OpenAPI_document_says_a_code_is_searched_too()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Contains("Finds territories by code or name.", document);
        Assert.Contains("A code (64140, 64129, 64, 2A, 200067254, region:75)", document);
    }
}
