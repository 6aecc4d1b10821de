using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ssi.Gateway.Tests.Infrastructure;
using Ssi.Testing;

namespace Ssi.Gateway.Tests;

/// <summary>
/// The gateway keeps what a service hands to shared caches (<c>public, s-maxage</c>) and answers
/// anonymous reads of it without asking the service again; the fake service numbers its answers,
/// so an answer from the cache repeats the number.
/// </summary>
public sealed class SharedCacheTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const string SharedForAMinute = "respond-cache-control=public,%20max-age%3D60,%20s-maxage%3D60";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Client => fixture.Host.Client;

    private static string UniquePath(string query) => $"/api/directory/territories/{Guid.NewGuid():N}?{query}";

    [Fact]
    public async Task An_answer_for_shared_caches_is_served_again_from_the_gateway_with_its_age_until_it_expires()
    {
        var path = UniquePath("respond-cache-control=public,%20s-maxage%3D2");

        var (first, _) = await GetAsync(path);
        var (second, secondResponse) = await GetAsync(path);
        Assert.Equal(first.Sequence, second.Sequence);
        Assert.NotNull(secondResponse.Headers.Age);
        Assert.Equal("public, s-maxage=2", secondResponse.Headers.CacheControl?.ToString());

        await Task.Delay(TimeSpan.FromSeconds(3), Cancellation);
        var (third, _) = await GetAsync(path);
        Assert.NotEqual(first.Sequence, third.Sequence);
    }

    [Theory]
    [InlineData("respond-cache-control=public,%20max-age%3D60")] // for browsers only: a list's staleness stays theirs
    [InlineData("respond-cache-control=private,%20s-maxage%3D60")]
    [InlineData("respond-cache-control=public,%20s-maxage%3D60,%20no-store")]
    [InlineData("respond-cache-control=public,%20s-maxage%3D60,%20no-cache")]
    [InlineData(SharedForAMinute + "&respond-set-cookie=session%3D1")]
    [InlineData(SharedForAMinute + "&respond-vary=Cookie")]
    [InlineData("")]
    public async Task Answers_not_meant_for_shared_caches_reach_the_service_every_time(string query)
    {
        var path = UniquePath(query);

        var (first, _) = await GetAsync(path);
        var (second, _) = await GetAsync(path);

        Assert.NotEqual(first.Sequence, second.Sequence);
    }

    [Fact]
    public async Task A_caller_with_credentials_always_reaches_the_service_and_never_gets_the_anonymous_copy()
    {
        var path = UniquePath(SharedForAMinute);
        var (anonymous, _) = await GetAsync(path);

        var (authenticated, _) = await GetAsync(path, request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("admin")));
        var (withCookie, _) = await GetAsync(path, request => request.Headers.Add("Cookie", "session=1"));

        Assert.Equal(3, new[] { anonymous.Sequence, authenticated.Sequence, withCookie.Sequence }.Distinct().Count());
        Assert.Equal(anonymous.Sequence, (await GetAsync(path)).Echo.Sequence);
    }

    [Fact]
    public async Task A_request_for_a_fresh_answer_reaches_the_service_and_refreshes_the_stored_copy()
    {
        var path = UniquePath(SharedForAMinute);
        var (stored, _) = await GetAsync(path);

        var (fresh, _) = await GetAsync(path, request => request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true });

        Assert.NotEqual(stored.Sequence, fresh.Sequence);
        Assert.Equal(fresh.Sequence, (await GetAsync(path)).Echo.Sequence);
    }

    [Fact]
    public async Task Each_query_and_each_representation_has_its_own_copy()
    {
        var path = UniquePath(SharedForAMinute);

        var (plain, _) = await GetAsync(path);
        var (otherQuery, _) = await GetAsync(path + "&page=2");
        var (french, _) = await GetAsync(path, request => request.Headers.AcceptLanguage.ParseAdd("fr"));

        Assert.Equal(3, new[] { plain.Sequence, otherQuery.Sequence, french.Sequence }.Distinct().Count());
        Assert.Equal(french.Sequence, (await GetAsync(path, request => request.Headers.AcceptLanguage.ParseAdd("fr"))).Echo.Sequence);
    }

    [Fact]
    public async Task A_client_holding_the_stored_version_gets_304_from_the_gateway()
    {
        var path = UniquePath(SharedForAMinute + "&respond-etag=%22v1%22");
        var (stored, _) = await GetAsync(path);

        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { IfNoneMatch = { new EntityTagHeaderValue("\"v1\"") } } };
        using var notModified = await Client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(stored.Sequence, (await GetAsync(path)).Echo.Sequence);
    }

    [Fact]
    public async Task Writes_are_never_answered_from_the_cache()
    {
        var path = UniquePath(SharedForAMinute);
        var (read, _) = await GetAsync(path);

        using var written = await Client.PostAsJsonAsync(path, new { name = "Association de Billère" }, Cancellation);
        var write = await written.Content.ReadFromJsonAsync<EchoResponse>(Cancellation);

        Assert.Equal(("POST", true), (write!.Method, write.Sequence != read.Sequence));
    }

    [Fact]
    public async Task Reads_answered_from_the_cache_still_count_against_the_callers_rate_limit()
    {
        await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimiting:Anonymous:PermitLimit"] = "3",
            ["RateLimiting:Anonymous:Window"] = "00:10:00",
        });
        var path = UniquePath(SharedForAMinute);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await host.Client.GetAsync(path, Cancellation);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private async Task<(EchoResponse Echo, HttpResponseMessage Response)> GetAsync(string path, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure?.Invoke(request);
        var response = await Client.SendAsync(request, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<EchoResponse>(Cancellation))!, response);
    }
}
