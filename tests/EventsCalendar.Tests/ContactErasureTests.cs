using System.Net.Http.Json;
using EventsCalendar.Endpoints;
using MassTransit;
using Ssi.Contracts.ActorDirectory;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>A person erased from the directory leaves no e-mail address or phone number in the calendar.</summary>
public sealed class ContactErasureTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _directory = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _directory = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(EventUpdated));

    public ValueTask DisposeAsync() => _directory.DisposeAsync();

    [Fact]
    public async Task An_erased_contact_disappears_from_its_events_and_their_revisions_and_followers_hear_of_it()
    {
        var organiserId = await factory.AnnounceActorAsync(_directory);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var contactId = Guid.NewGuid();
        var request = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync());
        request["registration"] = new { url = "https://www.billere.fr/discosoupe", email = "claire.martin@example.org", phone = "05 59 00 00 01", capacity = 80, contactId };
        var created = (await (await member.PostAsJsonAsync("/events", request, Cancellation)).ReadJsonAsync<EventResponse>())!;
        await member.PostAsync($"/events/{created.Id}/submit", null, Cancellation);
        var other = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(), "Atelier vélo");
        other["registration"] = new { email = "atelier@example.org" };
        var untouched = (await (await member.PostAsJsonAsync("/events", other, Cancellation)).ReadJsonAsync<EventResponse>())!;

        await _directory.Bus.Publish(new ContactErased(contactId, organiserId, DateTimeOffset.UtcNow), Cancellation);

        await Eventually.Async(async () =>
        {
            var view = (await member.GetJsonAsync<EventResponse>($"/events/{created.Id}"))!;
            Assert.Equal(("https://www.billere.fr/discosoupe", null, null, 80, null),
                (view.Registration.Url, view.Registration.Email, view.Registration.Phone, view.Registration.Capacity, view.Registration.ContactId));
        });
        var revisions = (await member.GetJsonAsync<List<RevisionResponse>>($"/events/{created.Id}/revisions"))!;
        Assert.All(revisions, revision => Assert.Equal((null, null), (revision.Content.Registration.Email, revision.Content.Registration.Phone)));
        var announced = await _directory.WaitForAsync<EventUpdated>(message => message.EventId == created.Id);
        Assert.Equal("Discosoupe solidaire", announced.Title);
        Assert.Equal("atelier@example.org", (await member.GetJsonAsync<EventResponse>($"/events/{untouched.Id}"))!.Registration.Email);
    }
}
