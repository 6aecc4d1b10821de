using System.Text.Json;
using System.Net.Http.Json;
using System.Net;
using ActorDirectory.Endpoints;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace ActorDirectory.Tests;

public sealed class ReadActorTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unknown_actor_is_a_404_problem()
    {
        var response = await factory.CreateClient().GetAsync($"/actors/{Guid.NewGuid()}", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats()
    {
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        var registered = new List<Guid>();
        foreach (var name in new[] { "Association A", "Association B", "Association C", "Association D", "Association E" })
        {
            var response = await admin.RegisterAsync(new { name, kind = "association", territoryCode = "94033" });
            registered.Add((await response.ReadJsonAsync<ActorResponse>())!.Id);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var url = $"/actors?territory=commune:94033&kind=association&limit=2" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = await factory.CreateClient().GetJsonAsync<Page<ActorResponse>>(url);
            Assert.True(page!.Items.Count <= 2);
            seen.AddRange(page.Items.Select(actor => actor.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(registered, seen);
    }

    [Theory]
    [InlineData("/actors?cursor=not-a-cursor")]
    [InlineData("/actors?limit=0")]
    [InlineData("/actors?limit=101")]
    [InlineData("/actors?kind=castle")]
    [InlineData("/actors?limit=ten")]
    public async Task Bad_list_parameters_get_a_400_problem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_service_reports_itself_healthy_with_its_database_and_broker()
    {
        var response = await factory.CreateClient().GetAsync("/health", Cancellation);
        var body = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("directorydb", body);
        Assert.Contains("masstransit", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_actor_endpoints()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json", Cancellation);

        Assert.Contains("\"/actors\"", document);
        Assert.Contains("bearer", document);
    }

    [Fact]
    public async Task The_OpenAPI_document_types_text_as_strings_and_lists_enum_values()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json", Cancellation));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        var properties = schemas.GetProperty("ActorProfileRequest").GetProperty("properties");
        Assert.Contains("string", properties.GetProperty("name").GetProperty("type").ToString());
        Assert.Contains("string", properties.GetProperty("themes").GetProperty("items").GetProperty("type").ToString());
        var kinds = schemas.GetProperty("ActorKind").GetProperty("enum").EnumerateArray().Select(value => value.GetString()).ToList();
        Assert.Contains("association", kinds);
    }
}
