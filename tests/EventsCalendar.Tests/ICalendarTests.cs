using System.Net;
using System.Net.Http.Json;
using EventsCalendar.Endpoints;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>The iCalendar feeds, read back by Python's icalendar rather than the library that wrote them.</summary>
public sealed class ICalendarTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(EventPublished));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    private async Task<(Guid OrganiserId, HttpClient Member, EventResponse Event, ProgrammeResponse Programme)> PublishFilmShownTwiceAsync(string communeCode)
    {
        var organiserId = await factory.AnnounceActorAsync(_broker, name: "Cinéma Le Méliès; salle \"art et essai\", Pau", territoryCode: communeCode);
        var programme = await factory.DeclareProgrammeAsync(organiserId, $"commune:{communeCode}", requiresModeration: false);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var request = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(communeCode, "Cinéma Le Méliès"), "Projection : « Sur le chemin de l'école », suivie d'un débat; entrée libre");
        request["kind"] = "film-screening";
        request["programmeId"] = programme.Id;
        request["summary"] = string.Join(" ", Enumerable.Repeat("Quatre enfants, quatre continents, un même chemin vers l'école.", 6));
        request["slots"] = new[]
        {
            new { startsAt = "2026-11-14T20:30", endsAt = "2026-11-14T22:30" },
            new { startsAt = "2026-11-21T15:00", endsAt = "2026-11-21T17:00" },
        };
        var created = (await (await member.PostAsJsonAsync("/events", request, Cancellation)).ReadJsonAsync<EventResponse>())!;
        await member.PostAsync($"/events/{created.Id}/submit", null, Cancellation);
        return (organiserId, member, created, programme);
    }

    [Fact]
    public async Task A_programme_feed_has_one_event_per_slot_in_Paris_time_with_its_time_zone_folded_and_escaped()
    {
        var (_, _, film, programme) = await PublishFilmShownTwiceAsync("64445");

        var response = await factory.CreateClient().GetAsync($"/programmes/{programme.Id}/calendar.ics", Cancellation);

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var parsed = await ICalendarParser.ParseAsync(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(["Europe/Paris"], parsed.Zones);
        Assert.Equal(programme.Name, parsed.Name);
        Assert.True(parsed.LongestLine <= 75, $"a line of {parsed.LongestLine} octets is not folded");
        Assert.Equal(0, parsed.BareLineFeeds);
        Assert.Equal(film.Slots.Select(slot => $"{slot.Id}@calendrier.ssi"), parsed.Events.Select(e => e.Uid));
        var evening = parsed.Events[0];
        Assert.Equal(("Europe/Paris", "CONFIRMED", 0), (evening.StartZone, evening.Status, evening.Sequence));
        Assert.Equal(new DateTimeOffset(2026, 11, 14, 20, 30, 0, TimeSpan.FromHours(1)), evening.Start);
        Assert.Equal("Projection : « Sur le chemin de l'école », suivie d'un débat; entrée libre", evening.Summary);
        Assert.Contains("Organisé par Cinéma Le Méliès; salle \"art et essai\", Pau.", evening.Description);
        Assert.StartsWith("Cinéma Le Méliès, 1 place de la Mairie", evening.Location);
    }

    [Fact]
    public async Task A_moved_slot_keeps_its_UID_with_a_higher_SEQUENCE_and_a_cancelled_event_stays_CANCELLED()
    {
        var (organiserId, member, film, programme) = await PublishFilmShownTwiceAsync("64129");
        var read = await member.GetAsync($"/events/{film.Id}", Cancellation);
        var edit = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync("64129", "Cinéma Le Méliès"), film.Title);
        edit["kind"] = "film-screening";
        edit["programmeId"] = programme.Id;
        edit["slots"] = new object[] { new { id = film.Slots[1].Id, startsAt = "2026-11-21T16:00", endsAt = "2026-11-21T18:00" } };
        Assert.Equal(HttpStatusCode.OK, (await member.SendAsync(ConditionalRequests.PutIfMatch($"/events/{film.Id}", edit, read.Headers.ETag!.ToString()), Cancellation)).StatusCode);

        var moved = await ICalendarParser.ParseAsync(await factory.CreateClient().GetStringAsync($"/programmes/{programme.Id}/calendar.ics", Cancellation));

        Assert.Equal([($"{film.Slots[0].Id}@calendrier.ssi", "CANCELLED", 1), ($"{film.Slots[1].Id}@calendrier.ssi", "CONFIRMED", 1)],
            moved.Events.Select(e => (e.Uid, e.Status, e.Sequence)));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 16, 0, 0, TimeSpan.FromHours(1)), moved.Events[1].Start);

        await member.PostAsJsonAsync($"/events/{film.Id}/cancel", new { reason = "Copie du film non livrée." }, Cancellation);
        var cancelled = await ICalendarParser.ParseAsync(await factory.CreateClient().GetStringAsync($"/organisers/{organiserId}/calendar.ics", Cancellation));

        Assert.All(cancelled.Events, e => Assert.Equal(("CANCELLED", 2), (e.Status, e.Sequence)));
        Assert.StartsWith("Annulé : Copie du film non livrée.", cancelled.Events[1].Description);
    }

    [Fact]
    public async Task An_unchanged_feed_revalidates_with_a_304_and_unknown_feeds_are_404_problems()
    {
        var (_, _, film, programme) = await PublishFilmShownTwiceAsync("95127");
        var client = factory.CreateClient();
        var first = await client.GetAsync($"/venues/{film.Venue!.Id}/calendar.ics", Cancellation);
        var again = new HttpRequestMessage(HttpMethod.Get, $"/venues/{film.Venue.Id}/calendar.ics");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again, Cancellation)).StatusCode);
        foreach (var feed in new[] { "programmes", "organisers", "venues" })
        {
            var missing = await client.GetAsync($"/{feed}/{Guid.NewGuid()}/calendar.ics", Cancellation);
            Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (missing.StatusCode, missing.Content.Headers.ContentType?.MediaType));
        }
    }

    [Fact]
    public async Task One_event_and_a_territory_have_their_own_files_and_a_draft_or_malformed_filter_has_none()
    {
        var (_, member, film, _) = await PublishFilmShownTwiceAsync("64102");
        var client = factory.CreateClient();

        var single = await ICalendarParser.ParseAsync(await client.GetStringAsync($"/events/{film.Id}/calendar.ics", Cancellation));
        var territory = await ICalendarParser.ParseAsync(await client.GetStringAsync("/events/calendar.ics?territory=commune:64102", Cancellation));

        Assert.Equal(film.Slots.Select(slot => $"{slot.Id}@calendrier.ssi"), single.Events.Select(e => e.Uid));
        Assert.Equal(single.Events.Select(e => e.Uid), territory.Events.Select(e => e.Uid));
        var draft = (await (await member.PostAsJsonAsync("/events", OrganiserFixture.EventFor(film.Organiser.Id, film.Venue!.Id, "Brouillon non publié"), Cancellation)).ReadJsonAsync<EventResponse>())!;
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/events/{draft.Id}/calendar.ics", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/events/calendar.ics?territory=commune:6%00", Cancellation)).StatusCode);
    }
}
