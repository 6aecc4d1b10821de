using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventsCalendar.Endpoints;
using MassTransit;
using Ssi.Contracts.FundingCalls;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>Events funded by a grant show their funder, from funding-calls' GrantAwarded.</summary>
public sealed class FundingSupportTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    [Fact]
    public async Task A_funded_event_is_shown_supported_by_its_funder_once_however_often_the_grant_is_announced()
    {
        var organiserId = await factory.AnnounceActorAsync(_broker);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var created = await (await member.PostAsJsonAsync("/events", OrganiserFixture.EventFor(organiserId, await factory.VenueAsync()), Cancellation))
            .ReadJsonAsync<EventResponse>();
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsync($"/events/{created.Id}/submit", null, Cancellation)).StatusCode);
        var before = await factory.CreateClient().GetAsync($"/events/{created.Id}", Cancellation);
        var grant = new GrantAwarded(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "Région Hauts-de-France",
            organiserId, "Collectif SSI de Billère", "Disco soupe", 400_000, "2026-007", [created.Id, Guid.CreateVersion7()], DateTimeOffset.UtcNow);

        await _broker.Bus.Publish(grant, Cancellation);
        await _broker.Bus.Publish(grant, Cancellation);

        await Eventually.Async(async () => Assert.Equal(new SupportResponse(grant.FunderId, "Région Hauts-de-France", grant.GrantId, "2026-007"),
            Assert.Single((await factory.CreateClient().GetJsonAsync<EventResponse>($"/events/{created.Id}")).SupportedBy)));
        var after = await factory.CreateClient().GetAsync($"/events/{created.Id}", Cancellation);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        var jsonLd = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/events/{created.Id}/jsonld", Cancellation));
        Assert.Equal("Région Hauts-de-France", jsonLd.RootElement.GetProperty("funder")[0].GetProperty("name").GetString());
    }
}
