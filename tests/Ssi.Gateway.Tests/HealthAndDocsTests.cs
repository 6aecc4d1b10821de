using System.Net;
using System.Text.Json;

namespace Ssi.Gateway.Tests;

public sealed class HealthAndDocsTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task Health_reports_the_gateway_and_every_service_by_name()
    {
        using var response = await Client.GetAsync("/health", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        var checks = report.RootElement.GetProperty("checks");
        foreach (var name in new[] { "self", "actor-directory", "events-calendar", "funding-calls", "communications" })
        {
            Assert.Equal("Healthy", checks.GetProperty(name).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Alive_reports_only_the_gateway_itself()
    {
        using var response = await Client.GetAsync("/alive", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(["self"], report.RootElement.GetProperty("checks").EnumerateObject().Select(check => check.Name));
    }

    [Fact]
    public async Task Docs_serve_the_scalar_reference_with_the_four_service_documents()
    {
        using var redirect = await Client.GetAsync("/docs", Cancellation);
        Assert.True(redirect.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently, $"/docs answered {redirect.StatusCode}");

        using var response = await Client.GetAsync("/docs/", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("SSI platform API", html);
        // Scalar resolves these against the gateway's base path, so a gateway published under a prefix works too.
        foreach (var document in new[] { "api/directory/openapi/v1.json", "api/calendar/openapi/v1.json", "api/funding/openapi/v1.json", "api/communications/openapi/v1.json" })
        {
            Assert.Contains($"\"url\":\"{document}\"", html);
        }

        // The UI's script is served by the gateway itself, not a CDN.
        Assert.Contains("<script src=\"scalar.js\"></script>", html);
        using var script = await Client.GetAsync("/docs/scalar.js", Cancellation);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/directory/openapi/v1.json", "actor-directory")]
    [InlineData("/api/calendar/openapi/v1.json", "events-calendar")]
    [InlineData("/api/funding/openapi/v1.json", "funding-calls")]
    [InlineData("/api/communications/openapi/v1.json", "communications")]
    public async Task The_documents_the_reference_loads_are_proxied_to_their_services(string path, string service)
    {
        using var response = await Client.GetAsync(path, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(service, document.RootElement.GetProperty("info").GetProperty("title").GetString());
    }
}
