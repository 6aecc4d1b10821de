using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Ssi.Gateway.Tests.Infrastructure;

namespace Ssi.Gateway.Tests;

/// <summary>What the gateway answers itself: size limits, unknown paths, CORS.</summary>
public sealed class EdgeTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const int BodyLimit = GatewayFixture.MaxRequestBodyBytes;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task A_body_under_the_limit_is_forwarded_whole()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/communications/messages")
        {
            Content = new ByteArrayContent(new byte[BodyLimit - 1024]),
        };

        using var response = await Client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<EchoResponse>(Cancellation);
        Assert.Equal(BodyLimit - 1024, echo!.BodyBytes);
    }

    [Fact]
    public async Task A_declared_body_over_the_limit_gets_a_413_problem_before_reaching_the_service()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/communications/messages")
        {
            Content = new ByteArrayContent(new byte[BodyLimit + 1]),
        };
        request.Headers.ExpectContinue = true; // as curl does for large bodies: the gateway answers before the body is sent

        using var response = await Client.SendAsync(request, Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_chunked_body_growing_over_the_limit_gets_a_413_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/communications/messages")
        {
            Content = new StreamContent(new UnknownLengthStream(BodyLimit + 16 * 1024)),
        };

        using var response = await Client.SendAsync(request, Cancellation);

        Assert.Null(request.Content.Headers.ContentLength);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Too_many_request_headers_are_refused_by_kestrel()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory/actors");
        for (var i = 0; i < 80; i++)
        {
            request.Headers.Add($"X-Filler-{i}", "x");
        }

        using var response = await Client.SendAsync(request, Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge);
    }

    [Fact]
    public async Task A_URI_too_long_for_kestrel_gets_a_414_problem()
    {
        using var response = await fixture.Host.CreateClient().GetAsync("/api/directory/actors?text=" + new string('a', 9 * 1024), Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.RequestUriTooLong);
    }

    [Theory]
    [InlineData("/api/directory/actors/%00")]
    [InlineData("/api/calendar/%00events")]
    public async Task A_NUL_in_the_path_rejected_by_kestrel_gets_a_400_problem(string path)
    {
        using var response = await fixture.Host.CreateClient().GetAsync(path, Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_connection_after_a_kestrel_rejection_serves_normally_again()
    {
        using var rejected = await fixture.Host.CreateClient().GetAsync("/api/directory/%00", Cancellation);
        using var next = await fixture.Host.CreateClient().GetAsync("/api/directory/actors", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Theory]
    [InlineData("/api")]
    [InlineData("/api/unknown-service/things")]
    [InlineData("/api/directoryx/actors")]
    public async Task Unknown_api_paths_get_a_404_problem(string path)
    {
        using var response = await Client.GetAsync(path, Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cross_origin_reads_are_allowed_from_any_origin_without_credentials()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/calendar/events");
        preflight.Headers.Add("Origin", "https://www.ville-de-lyon.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "accept-language");

        using var response = await Client.SendAsync(preflight, Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("GET", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));

        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/calendar/events");
        read.Headers.Add("Origin", "https://www.ville-de-lyon.example");
        using var readResponse = await Client.SendAsync(read, Cancellation);
        Assert.Equal(HttpStatusCode.OK, readResponse.StatusCode);
        Assert.Equal("*", Assert.Single(readResponse.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Cross_origin_writes_are_not_allowed()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/funding/calls");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await Client.SendAsync(preflight, Cancellation);

        Assert.False(response.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(method => method.Contains("POST")));
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
    }

    /// <summary>A body of zeros whose length HttpClient cannot know, so it is sent chunked.</summary>
    private sealed class UnknownLengthStream(long length) : Stream
    {
        private long _remaining = length;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = (int)Math.Min(count, _remaining);
            Array.Clear(buffer, offset, read);
            _remaining -= read;
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
