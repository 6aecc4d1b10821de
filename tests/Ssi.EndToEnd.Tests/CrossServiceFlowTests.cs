using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

public sealed class CrossServiceFlowTests(PlatformFixture platform)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_gateway_reports_every_service_healthy()
    {
        var response = await platform.CreateAnonymousClient().GetAsync("/health", Cancellation);
        var body = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var service in new[] { "actor-directory", "events-calendar", "funding-calls", "communications" })
        {
            Assert.Contains(service, body);
        }
    }

    [Fact]
    public async Task An_actor_registered_in_the_directory_organises_an_event_that_reaches_its_commune_programme()
    {
        var coordinator = platform.CreateClient(TestTokens.Create("coordinator", territories: ["64"]));

        var unknownOrganiser = await coordinator.PostAsJsonAsync("/api/calendar/events", Flows.EventRequest(Guid.NewGuid(), await Flows.RegisterVenueInBillereAsync(coordinator)), Cancellation);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownOrganiser.StatusCode);
        Assert.Equal("application/problem+json", unknownOrganiser.Content.Headers.ContentType?.MediaType);

        var published = await Flows.PublishAnEventInBillereAsync(coordinator, "Collectif SSI de Billère", "Discosoupe solidaire");

        await Eventually.Async(async () =>
        {
            var programme = await coordinator.GetJsonAsync<JsonElement>("/api/communications/programmes/64129");
            var entry = Assert.Single(programme.GetProperty("entries").EnumerateArray(), e => e.GetProperty("eventId").GetGuid() == published.EventId);
            Assert.Equal("Collectif SSI de Billère", entry.GetProperty("organiserName").GetString());
        });
    }

    [Fact]
    public async Task Actors_registered_before_the_calendar_ever_started_are_known_to_it()
    {
        var client = platform.CreateAnonymousClient();

        await Eventually.Async(async () =>
        {
            foreach (var actorId in platform.RegisteredBeforeTheCalendarStarted)
            {
                var organiser = await client.GetAsync($"/api/calendar/organisers/{actorId}", Cancellation);
                Assert.Equal(HttpStatusCode.OK, organiser.StatusCode);
            }
        });
        Assert.Equal(3, platform.RegisteredBeforeTheCalendarStarted.Count);
    }

    [Fact]
    public async Task Bad_input_through_the_gateway_gets_a_problem_not_a_500()
    {
        var coordinator = platform.CreateClient(TestTokens.Create("coordinator", territories: ["64"]));

        var malformed = await coordinator.PostAsync("/api/directory/actors",
            new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
    }
}
