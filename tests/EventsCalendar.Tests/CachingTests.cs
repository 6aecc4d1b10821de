using System.Net.Http.Json;
using System.Net;
using EventsCalendar.Endpoints;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>City websites poll the calendar: an unchanged answer costs them a 304, with the directory's validators.</summary>
public sealed class CachingTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(EventPublished));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    [Fact]
    public async Task A_published_event_and_the_list_revalidate_with_a_304_until_they_change()
    {
        var organiserId = await factory.AnnounceActorAsync(_broker);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var draft = (await (await member.PostAsJsonAsync("/events", OrganiserFixture.EventFor(organiserId, await factory.VenueAsync()), Cancellation)).ReadJsonAsync<EventResponse>())!;

        var privateRead = await member.GetAsync($"/events/{draft.Id}", Cancellation);
        Assert.Equal((true, false, true), (privateRead.Headers.CacheControl!.Private, privateRead.Headers.CacheControl.Public, privateRead.Headers.CacheControl.NoCache));

        await member.PostAsync($"/events/{draft.Id}/publish", null, Cancellation);
        var anonymous = factory.CreateClient();
        var read = await anonymous.GetAsync($"/events/{draft.Id}", Cancellation);
        var list = await anonymous.GetAsync("/events?territory=64129", Cancellation);
        Assert.Equal((true, true), (read.Headers.CacheControl!.Public, read.Headers.CacheControl.NoCache));
        Assert.Equal((true, TimeSpan.FromSeconds(60)), (list.Headers.CacheControl!.Public, list.Headers.CacheControl.MaxAge));

        Assert.Equal(HttpStatusCode.NotModified, (await GetIfNoneMatchAsync($"/events/{draft.Id}", read)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await GetIfNoneMatchAsync("/events?territory=64129", list)).StatusCode);
        Assert.NotEqual(privateRead.Headers.ETag, read.Headers.ETag);

        var another = (await (await member.PostAsJsonAsync("/events", OrganiserFixture.EventFor(organiserId, await factory.VenueAsync()), Cancellation)).ReadJsonAsync<EventResponse>())!;
        await member.PostAsync($"/events/{another.Id}/publish", null, Cancellation);
        Assert.Equal(HttpStatusCode.OK, (await GetIfNoneMatchAsync("/events?territory=64129", list)).StatusCode);
    }

    private Task<HttpResponseMessage> GetIfNoneMatchAsync(string url, HttpResponseMessage earlier)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(earlier.Headers.ETag!);
        return factory.CreateClient().SendAsync(request, Cancellation);
    }
}
