using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints;
using ActorDirectory.Endpoints.Network;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Publishing;
using Ssi.Testing;

namespace ActorDirectory.Tests.Network;

/// <summary>ETags and cache headers, the CSV export and schema.org JSON-LD.</summary>
public sealed class ActorRepresentationTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private Task<Actor> FindAsync(string name) =>
        factory.InScopeAsync(db => db.Actors.AsNoTracking().SingleAsync(actor => actor.Name == name, Cancellation));

    private static HttpRequestMessage Get(string url, string? ifNoneMatch = null, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }

    [Fact]
    public async Task An_actor_carries_its_row_version_as_a_weak_ETag_and_an_unchanged_copy_gets_a_304()
    {
        var client = factory.CreateClient();
        var actor = await FindAsync(Catalogue.VilleDeCergy);

        var first = await client.GetAsync($"/actors/{actor.Id}", Cancellation);
        var etag = first.Headers.ETag;
        var revalidated = await client.SendAsync(Get($"/actors/{actor.Id}", etag?.ToString()), Cancellation);
        var anyTag = await client.SendAsync(Get($"/actors/{actor.Id}", "*"), Cancellation);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(new EntityTagHeaderValue($"\"{actor.Version}\"", isWeak: true), etag);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal(etag, revalidated.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, anyTag.StatusCode);

        var changed = await factory.ChangeActorAsync(actor.Id, cergy => cergy.Describe("Ville-préfecture du Val-d'Oise."));
        var afterChange = await client.SendAsync(Get($"/actors/{actor.Id}", etag?.ToString()), Cancellation);

        Assert.Equal(HttpStatusCode.OK, afterChange.StatusCode);
        Assert.Equal($"W/\"{changed.Version}\"", afterChange.Headers.ETag?.ToString());
        Assert.NotEqual(etag, afterChange.Headers.ETag);
        Assert.Equal("Ville-préfecture du Val-d'Oise.", (await afterChange.ReadJsonAsync<ActorResponse>()).Description);
    }

    [Fact]
    public async Task A_list_page_has_a_content_ETag_that_changes_with_the_page()
    {
        var client = factory.CreateClient();
        const string url = "/actors?territory=commune:64445";

        var first = await client.GetAsync(url, Cancellation);
        var etag = first.Headers.ETag!.ToString();
        var revalidated = await client.SendAsync(Get(url, $"W/\"other\", {etag}"), Cancellation);
        var otherPage = await client.GetAsync(url + "&kind=cinema", Cancellation);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.StartsWith("W/\"", etag);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.NotEqual(etag, otherPage.Headers.ETag!.ToString());

        var melies = await FindAsync(Catalogue.CinemaLeMelies);
        await factory.ChangeActorAsync(melies.Id, cinema => cinema.Themes = ["culture", "migrations", "cinema"]);
        var afterChange = await client.SendAsync(Get(url, etag), Cancellation);

        Assert.Equal(HttpStatusCode.OK, afterChange.StatusCode);
        Assert.NotEqual(etag, afterChange.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task The_CSV_export_streams_every_match_with_a_header_BOM_and_RFC_4180_quoting()
    {
        var response = await factory.CreateClient().GetAsync("/actors/export.csv?territory=department:95", Cancellation);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^acteurs-ssi-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("id;name;kind;status;isInternationalSolidarity;themes;communeCode;", lines[0]);
        Assert.Equal("", lines[^1]);
        Assert.Equal(6, lines.Length);
        Assert.Contains(lines, line => line.Contains(";\"Collectif \"\"SSI; Cergy\"\"\";other;active;false;;95127;249500109;95;11;", StringComparison.Ordinal));
        Assert.Contains("'+33 1 99 00 12 34", text);
        Assert.Contains("\"Une description\nsur deux lignes.\"", text);
        Assert.DoesNotContain(Catalogue.FormerCergyAssociation, text);
    }

    [Fact]
    public async Task The_CSV_export_takes_the_search_filters_and_refuses_bad_ones()
    {
        var client = factory.CreateClient();

        var found = await client.GetStringAsync("/actors/export.csv?q=resacop", Cancellation);
        var malformed = await client.GetAsync("/actors/export.csv?territory=95", Cancellation);
        var unknown = await client.GetAsync("/actors/export.csv?territory=department:2B", Cancellation);

        Assert.Equal(2, found.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(";RESACOOP;regional-network;active;", found);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
    }

    [Theory]
    [InlineData("'+33", "'+33")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Pau; Billère", "\"Pau; Billère\"")]
    [InlineData("plain, with comma", "plain, with comma")]
    [InlineData(null, "")]
    public void CSV_fields_are_quoted_when_needed_and_formulas_neutralised(string? value, string expected)
    {
        Assert.Equal(expected, CsvExport.Escape(value));
    }

    [Fact]
    public async Task An_actor_in_JSON_LD_is_a_schema_org_organisation_of_its_kind_without_contacts()
    {
        var billere = await FindAsync(Catalogue.MairieDeBillere);
        await factory.InScopeAsync(async db =>
        {
            db.Contacts.Add(new Contact(billere.Id, "Camille Exemple", ContactVisibility.Private, LegalBasis.Consent, new DateOnly(2026, 9, 1), "formulaire du collectif 2026", DateTimeOffset.UtcNow)
            {
                Email = "camille.exemple@example.org",
            });
            return await db.SaveChangesAsync(Cancellation);
        });
        var client = factory.CreateClient();

        var negotiated = await client.SendAsync(Get($"/actors/{billere.Id}", accept: "application/ld+json"), Cancellation);
        var body = await negotiated.Content.ReadAsStringAsync(Cancellation);
        var byRoute = await client.GetStringAsync($"/actors/{billere.Id}/jsonld", Cancellation);
        var document = JsonDocument.Parse(body).RootElement;

        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
        Assert.Equal("application/ld+json", negotiated.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body, byRoute);
        Assert.Equal("https://schema.org", document.GetProperty("@context").GetString());
        Assert.Equal("GovernmentOrganization", document.GetProperty("@type").GetString());
        Assert.EndsWith($"/actors/{billere.Id}", document.GetProperty("@id").GetString());
        Assert.Equal(Catalogue.MairieDeBillere, document.GetProperty("name").GetString());
        Assert.Equal("https://www.ville-billere.fr", document.GetProperty("url").GetString());
        Assert.Equal("ssi@example.org", document.GetProperty("email").GetString());
        Assert.False(document.TryGetProperty("telephone", out _));
        var address = document.GetProperty("address");
        Assert.Equal(("PostalAddress", "Place François Mitterrand", "64140", "Billère", "FR"), (
            address.GetProperty("@type").GetString(),
            address.GetProperty("streetAddress").GetString(),
            address.GetProperty("postalCode").GetString(),
            address.GetProperty("addressLocality").GetString(),
            address.GetProperty("addressCountry").GetString()));
        Assert.Equal(["Billère", "CA Pau Béarn Pyrénées"], document.GetProperty("areaServed").EnumerateArray().Select(area => area.GetProperty("name").GetString()));
        Assert.All(document.GetProperty("areaServed").EnumerateArray(), area => Assert.Equal("AdministrativeArea", area.GetProperty("@type").GetString()));
        var identifier = Assert.Single(document.GetProperty("identifier").EnumerateArray());
        Assert.Equal(("PropertyValue", "SIREN", "216401299"), (identifier.GetProperty("@type").GetString(), identifier.GetProperty("propertyID").GetString(), identifier.GetProperty("value").GetString()));
        Assert.Equal(["migrations", "climate"], document.GetProperty("knowsAbout").EnumerateArray().Select(theme => theme.GetString()));
        Assert.DoesNotContain("Camille", body);
        Assert.DoesNotContain("camille.exemple", body);
    }

    [Theory]
    [InlineData(Catalogue.ArtisansDuMondePau, "NGO")]
    [InlineData(Catalogue.Resacoop, "NGO")]
    [InlineData(Catalogue.CcasEaubonne, "GovernmentOrganization")]
    [InlineData(Catalogue.UniversiteDeLille, "CollegeOrUniversity")]
    [InlineData(Catalogue.MediathequeDEste, "Library")]
    [InlineData(Catalogue.CinemaLeMelies, "MovieTheater")]
    [InlineData(Catalogue.CollectifCergy, "Organization")]
    public async Task The_schema_org_type_follows_the_actor_kind(string name, string type)
    {
        var actor = await FindAsync(name);

        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/actors/{actor.Id}/jsonld", Cancellation)).RootElement;

        Assert.Equal(type, document.GetProperty("@type").GetString());
        Assert.Equal("FR", document.GetProperty("address").GetProperty("addressCountry").GetString());
    }

    [Theory]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json, application/ld+json;q=0.5", "application/json")]
    [InlineData("application/ld+json, application/json;q=0.9", "application/ld+json")]
    [InlineData("*/*", "application/json")]
    public async Task Plain_JSON_stays_the_default_representation(string accept, string mediaType)
    {
        var actor = await FindAsync(Catalogue.LianesCooperation);

        var response = await factory.CreateClient().SendAsync(Get($"/actors/{actor.Id}", accept: accept), Cancellation);

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task JSON_LD_of_an_unknown_actor_is_a_404_problem()
    {
        var response = await factory.CreateClient().GetAsync($"/actors/{Guid.NewGuid()}/jsonld", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
