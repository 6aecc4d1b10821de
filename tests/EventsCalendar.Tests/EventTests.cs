using System.Net.Http.Json;
using System.Net;
using EventsCalendar.Domain.Events;
using EventsCalendar.Endpoints;
using MassTransit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace EventsCalendar.Tests;

public sealed class EventTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(EventPublished));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    [Fact]
    public async Task An_event_for_an_unknown_organiser_is_refused_with_a_422_problem()
    {
        var unknown = Guid.NewGuid();
        var client = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        var response = await client.PostAsJsonAsync("/events", OrganiserFixture.EventFor(unknown, await factory.VenueAsync()), Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadJsonAsync<ProblemDetails>();
        Assert.Contains(unknown.ToString(), problem?.Detail);
        Assert.Contains("actor directory", problem?.Detail);
    }

    [Fact]
    public async Task An_archived_organiser_cannot_organise()
    {
        var organiserId = await factory.AnnounceActorAsync(_broker, status: "archived");
        var client = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        var response = await client.PostAsJsonAsync("/events", OrganiserFixture.EventFor(organiserId, await factory.VenueAsync()), Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task A_member_creates_then_publishes_an_event_and_the_calendar_announces_it()
    {
        var organiserId = await factory.AnnounceActorAsync(_broker);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));

        var created = await member.PostAsJsonAsync("/events", OrganiserFixture.EventFor(organiserId, await factory.VenueAsync()), Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = (await created.ReadJsonAsync<EventResponse>())!;
        Assert.Equal(ModerationState.Draft, draft.Moderation);
        Assert.Equal(("64129", "200067254", "64", "75"), (draft.Territory.CommuneCode, draft.Territory.EpciCode, draft.Territory.DepartmentCode, draft.Territory.RegionCode));

        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/events/{draft.Id}", Cancellation)).StatusCode);

        var published = await member.PostAsync($"/events/{draft.Id}/publish", null, Cancellation);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        var announced = await _broker.WaitForAsync<EventPublished>(message => message.EventId == draft.Id);
        Assert.Equal(("Discosoupe solidaire", "Collectif SSI de Billère", "64129"), (announced.Title, announced.OrganiserName, announced.TerritoryCode));

        var publicView = await anonymous.GetJsonAsync<EventResponse>($"/events/{draft.Id}");
        Assert.Equal(ModerationState.Published, publicView!.Moderation);
        var listed = await anonymous.GetJsonAsync<Page<EventResponse>>("/events?territory=64129");
        Assert.Contains(listed!.Items, e => e.Id == draft.Id);

        var again = await member.PostAsync($"/events/{draft.Id}/publish", null, Cancellation);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Single(_broker.Received<EventPublished>(), message => message.EventId == draft.Id);
    }

    [Fact]
    public async Task A_member_of_another_actor_may_not_create_events_for_this_one()
    {
        var organiserId = await factory.AnnounceActorAsync(_broker);
        var stranger = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [Guid.NewGuid()]));

        var response = await stranger.PostAsJsonAsync("/events", OrganiserFixture.EventFor(organiserId, await factory.VenueAsync()), Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_event_ending_before_it_starts_is_a_400_problem()
    {
        var organiserId = await factory.AnnounceActorAsync(_broker);
        var client = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        var request = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(), "Table ronde");
        request["slots"] = new[] { new { startsAt = "2026-11-18T20:00:00+01:00", endsAt = "2026-11-18T18:00:00+01:00" } };

        var response = await client.PostAsJsonAsync("/events", request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<HttpValidationProblemDetails>();
        Assert.Contains("slots[0]", problem!.Errors.Keys);
    }

    [Fact]
    public async Task Older_news_of_an_actor_never_overwrites_newer_news()
    {
        var actorId = Guid.CreateVersion7();
        var stated = DateTimeOffset.UtcNow;
        var newer = Guid.NewGuid();
        var older = Guid.NewGuid();
        await _broker.Bus.Publish(new ActorRegistered(actorId, 2, "CCAS d'Eaubonne", "ccas", "95203", "active", stated),
            context => context.MessageId = newer, Cancellation);
        await _broker.Bus.Publish(new ActorRegistered(actorId, 1, "Ancien nom", "ccas", "95203", "active", stated.AddMinutes(-5)),
            context => context.MessageId = older, Cancellation);

        await Eventually.Async(async () => Assert.Equal(2, await factory.InScopeAsync(db =>
            db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message_id IN ({newer}, {older})")
                .SingleAsync(Cancellation))));

        var organiser = await factory.CreateClient().GetJsonAsync<OrganiserResponse>($"/organisers/{actorId}");
        Assert.Equal("CCAS d'Eaubonne", organiser.Name);
    }
}
