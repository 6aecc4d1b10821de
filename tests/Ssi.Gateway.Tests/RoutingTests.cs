using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Ssi.Gateway.Tests.Infrastructure;

namespace Ssi.Gateway.Tests;

public sealed class RoutingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Client => fixture.Host.Client;

    [Theory]
    [InlineData("/api/directory", "actor-directory", "/actors")]
    [InlineData("/api/calendar", "events-calendar", "/events/2026")]
    [InlineData("/api/funding", "funding-calls", "/calls")]
    [InlineData("/api/communications", "communications", "/campaigns/7/messages")]
    public async Task Each_prefix_reaches_its_service_without_the_prefix_and_with_forwarded_headers(string prefix, string service, string path)
    {
        using var response = await Client.GetAsync($"{prefix}{path}?territory=69&page=2", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<EchoResponse>(Cancellation);
        Assert.NotNull(echo);
        Assert.Equal(service, echo.Service);
        Assert.Equal(path, echo.Path);
        Assert.Equal("?territory=69&page=2", echo.Query);
        Assert.Equal(prefix, echo.PathBase); // the service applied X-Forwarded-Prefix
        Assert.Equal(prefix, echo.Headers["X-Forwarded-Prefix"]);
        Assert.Equal(Client.BaseAddress!.Authority, echo.Headers["X-Forwarded-Host"]);
        Assert.Equal("http", echo.Headers["X-Forwarded-Proto"]);
        Assert.Equal("127.0.0.1", echo.Headers["X-Forwarded-For"]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/programme/commune/64129")]
    [InlineData("/apidirectory/actors")]
    [InlineData("/widget.js")]
    public async Task Every_path_outside_the_apis_and_the_gateways_own_reaches_the_public_site_unchanged(string path)
    {
        using var response = await Client.GetAsync($"{path}?du=2026-11-14", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<EchoResponse>(Cancellation);
        Assert.NotNull(echo);
        Assert.Equal(("public-site", path, "?du=2026-11-14"), (echo.Service, echo.Path, echo.Query));
        Assert.Equal(Client.BaseAddress!.Authority, echo.Headers["X-Forwarded-Host"]);
    }

    [Fact]
    public async Task Behind_a_trusted_load_balancer_its_forwarded_headers_carry_through_to_the_service()
    {
        // The test client connects from loopback, which ASP.NET Core trusts as a proxy by default:
        // here it plays the load balancer in front of the gateway, published under /ssi.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/calendar/events");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "ssi.example.org");
        request.Headers.Add("X-Forwarded-Prefix", "/ssi");

        using var response = await Client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<EchoResponse>(Cancellation);
        Assert.Equal("/events", echo!.Path);
        Assert.Equal("/ssi/api/calendar", echo.Headers["X-Forwarded-Prefix"]);
        Assert.Equal("ssi.example.org", echo.Headers["X-Forwarded-Host"]);
        Assert.Equal("https", echo.Headers["X-Forwarded-Proto"]);
        Assert.Equal("203.0.113.7", echo.Headers["X-Forwarded-For"]);
    }

    [Fact]
    public async Task Service_openapi_document_is_proxied_with_a_server_url_through_the_gateway()
    {
        using var response = await Client.GetAsync("/api/directory/openapi/v1.json", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal("actor-directory", document.RootElement.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal(
            new Uri(Client.BaseAddress!, "/api/directory").ToString(),
            document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Bearer_tokens_are_forwarded_and_invalid_ones_are_left_for_the_services_to_reject()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/funding/calls")
        {
            Content = JsonContent.Create(new { title = "Appel à projets SSI 2026" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-valid-token");

        using var response = await Client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<EchoResponse>(Cancellation);
        Assert.Equal("POST", echo!.Method);
        Assert.Equal("Bearer not-a-valid-token", echo.Headers["Authorization"]);
        Assert.True(echo.BodyBytes > 0);
    }
}
