using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventsCalendar.Endpoints;
using Microsoft.AspNetCore.Http;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>The calendar under the probes of the hardening review: every answer a 4xx problem, never a 500.</summary>
public sealed class HostileInputTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _directory = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _directory = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(EventPublished));

    public ValueTask DisposeAsync() => _directory.DisposeAsync();

    [Theory]
    [InlineData("/events?territory=%00")]
    [InlineData("/events?territory=64129&x=%07")]
    [InlineData("/organisers/00000000-0000-0000-0000-000000000000?%00=1")]
    public async Task A_control_character_in_a_query_is_a_400_problem_for_anonymous_readers_too(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_NUL_in_a_title_is_a_400_problem()
    {
        var organiserId = await factory.AnnounceActorAsync(_directory);
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        var response = await admin.PostAsJsonAsync("/events", OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(), "Ciné\u0000débat"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'title'", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Theory]
    [InlineData("0001-11-18T18:00:00+01:00")]
    [InlineData("2207-11-18T18:00:00+01:00")]
    public async Task An_event_in_an_implausible_year_is_refused(string startsAt)
    {
        var organiserId = await factory.AnnounceActorAsync(_directory);
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        var request = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(), "Repas partagé");
        request["slots"] = new[] { new { startsAt, endsAt = startsAt.Replace("T18", "T20", StringComparison.Ordinal) } };

        var response = await admin.PostAsJsonAsync("/events", request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("region:75", HttpStatusCode.Created)]
    [InlineData("epci:200067254", HttpStatusCode.Created)]
    [InlineData("64", HttpStatusCode.Created)]
    [InlineData("region:11", HttpStatusCode.Forbidden)]
    [InlineData("epci:200067106", HttpStatusCode.Forbidden)]
    [InlineData("75", HttpStatusCode.Forbidden)]
    public async Task A_coordinator_of_any_territory_containing_the_organiser_manages_its_events_and_no_other(string territory, HttpStatusCode expected)
    {
        var organiserId = await factory.AnnounceActorAsync(_directory, territoryCode: "64129");
        var coordinator = factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: [territory]));

        var response = await coordinator.PostAsJsonAsync("/events", OrganiserFixture.EventFor(organiserId, await factory.VenueAsync()), Cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Publishing_the_same_event_at_once_publishes_it_once_and_answers_the_others_409()
    {
        var organiserId = await factory.AnnounceActorAsync(_directory);
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        for (var round = 0; round < 5; round++)
        {
            var created = await admin.PostAsJsonAsync("/events", OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(), $"Forum des associations {round}"), Cancellation);
            var id = (await created.ReadJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

            var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => admin.PostAsync($"/events/{id}/publish", null, Cancellation)));

            Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
            Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.OK), response =>
            {
                Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            });
            await _directory.WaitForAsync<EventPublished>(message => message.EventId == id);
        }
    }

    [Theory]
    [InlineData("""{"slots": [null]}""", "slots[0]")]
    [InlineData("""{"slots": [{"startsAt": null, "endsAt": "2026-11-18T20:00"}]}""", "slots[0]")]
    [InlineData("""{"registration": {"contactId": "0192d7a4-6c3e-7000-8000-000000000001"}}""", "registration.contactId")]
    [InlineData("""{"themes": [null, "  "]}""", "themes[0]")]
    public async Task Null_or_half_given_parts_of_an_event_are_400_problems_naming_them(string overrides, string field)
    {
        var organiserId = await factory.AnnounceActorAsync(_directory);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var request = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync());
        foreach (var property in JsonDocument.Parse(overrides).RootElement.EnumerateObject())
        {
            request[property.Name] = property.Value.Clone();
        }

        var response = await member.PostAsJsonAsync("/events", request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.ReadJsonAsync<HttpValidationProblemDetails>())!;
        Assert.Contains(problem.Errors.Keys, key => key.StartsWith(field, StringComparison.OrdinalIgnoreCase));
    }
}
