using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Ssi.Testing;

namespace FundingCalls.Tests;

/// <summary>Empty and half-given parts of a request are 400s naming them, never a 500.</summary>
public sealed class HostileInputTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    [Theory]
    [InlineData("criteria", "[null]")]
    [InlineData("requiredDocuments", "[null]")]
    [InlineData("eligibility", "{\"actorKinds\":[null]}")]
    [InlineData("eligibility", "null")]
    [InlineData("criteria", "[{\"key\":\"impact\",\"label\":\"Impact\"}]")]
    [InlineData("opensAt", "\"2026-13-45T09:00\"")]
    public async Task A_call_with_a_null_or_half_given_part_is_a_400(string field, string json)
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var body = JsonNode.Parse(JsonSerializer.Serialize(FundingFixture.RegionalCall(funderId)))!;
        body[field] = JsonNode.Parse(json);

        var response = await factory.FunderStaff(funderId).PostAsync("/calls", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadJsonAsync<HttpValidationProblemDetails>()).Errors);
    }

    [Theory]
    [InlineData("budget", "{\"charges\":[null]}")]
    [InlineData("budget", "{\"charges\":[{\"account\":\"606\",\"label\":\"Achats\"}]}")]
    [InlineData("documents", "[null]")]
    [InlineData("project", "null")]
    [InlineData("contact", "{\"name\":\"Camille Exemple\"}")]
    [InlineData("eventIds", "[null]")]
    public async Task An_application_with_a_null_or_half_given_part_is_a_400(string field, string json)
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var call = await factory.OpenCallAsync(funderId);
        var applicantId = await factory.AnnounceActorAsync(_broker);
        var body = JsonNode.Parse(JsonSerializer.Serialize(FundingFixture.Application(applicantId, [])))!;
        body[field] = JsonNode.Parse(json);

        var response = await factory.MemberOf(applicantId).PostAsync($"/calls/{call.Id}/applications",
            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
