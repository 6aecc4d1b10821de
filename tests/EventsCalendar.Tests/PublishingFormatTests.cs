using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using EventsCalendar.Endpoints;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Publishing;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>The programme in every format a city or network reads it: CSV, schema.org JSON-LD, RSS and the changes feed.</summary>
public sealed class PublishingFormatTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(EventCancelled));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    private async Task<(EventResponse Event, ProgrammeResponse Programme, HttpClient Member)> PublishAsync(string communeCode, string title)
    {
        var organiserId = await factory.AnnounceActorAsync(_broker, name: "CCAS d'Eaubonne", territoryCode: communeCode, epciCode: "200058485", regionCode: "11");
        var programme = await factory.DeclareProgrammeAsync(organiserId, $"commune:{communeCode}", requiresModeration: false);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var request = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(communeCode), title);
        request["kind"] = "conference";
        request["programmeId"] = programme.Id;
        request["summary"] = "=HYPERLINK(\"http://example.org\") ; une conférence-débat avec l'UNICEF.";
        request["themes"] = new[] { "Droits de l'enfant" };
        request["slots"] = new[]
        {
            new { startsAt = "2026-11-19T18:30", endsAt = "2026-11-19T20:30" },
            new { startsAt = "2026-11-20T14:00", endsAt = "2026-11-20T16:00" },
        };
        var created = (await (await member.PostAsJsonAsync("/events", request, Cancellation)).ReadJsonAsync<EventResponse>())!;
        await member.PostAsync($"/events/{created.Id}/submit", null, Cancellation);
        return (created, programme, member);
    }

    [Fact]
    public async Task The_programme_as_a_French_spreadsheet_neutralises_formulas()
    {
        var (conference, programme, _) = await PublishAsync("95203", "Le travail des enfants dans le monde");

        var response = await factory.CreateClient().GetAsync($"/programmes/{programme.Id}/events.csv", Cancellation);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id;title;kind;status;organiser;", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.StartsWith($"{conference.Id};Le travail des enfants dans le monde;conference;scheduled;CCAS d'Eaubonne;", row);
        Assert.Contains("2026-11-19T18:30+01:00/2026-11-19T20:30+01:00, 2026-11-20T14:00+01:00/2026-11-20T16:00+01:00", row);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.org\"\") ; une conférence-débat avec l'UNICEF.\"", row);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().GetAsync("/events.csv?kind=rave", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task An_event_reads_as_a_schema_org_Event_with_one_sub_event_per_slot()
    {
        var (conference, programme, _) = await PublishAsync("95127", "Conférence sur les droits de l'enfant");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/events/{conference.Id}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonLd.MediaType));

        var response = await factory.CreateClient().SendAsync(request, Cancellation);

        Assert.Equal(JsonLd.MediaType, response.Content.Headers.ContentType?.MediaType);
        var document = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal(("https://schema.org", "Event", "Conférence sur les droits de l'enfant"),
            (document.GetProperty("@context").GetString(), document.GetProperty("@type").GetString(), document.GetProperty("name").GetString()));
        Assert.Equal(("2026-11-19T18:30:00+01:00", "https://schema.org/EventScheduled", "Place"),
            (document.GetProperty("startDate").GetString(), document.GetProperty("eventStatus").GetString(), document.GetProperty("location").GetProperty("@type").GetString()));
        Assert.Equal(2, document.GetProperty("subEvent").GetArrayLength());
        Assert.False(document.TryGetProperty("image", out _));

        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/programmes/{programme.Id}/events.jsonld", Cancellation);
        Assert.Equal("ItemList", list.GetProperty("@type").GetString());
        Assert.Equal(conference.Id.ToString(), list.GetProperty("itemListElement")[0].GetProperty("item").GetProperty("@id").GetString()!.Split('/')[^1]);
    }

    [Fact]
    public async Task The_programme_reads_as_an_RSS_feed_in_French()
    {
        var (conference, programme, member) = await PublishAsync("64129", "Ciné-débat « Sur le chemin de l'école »");
        await member.PostAsJsonAsync($"/events/{conference.Id}/cancel", new { reason = "Salle indisponible." }, Cancellation);

        var response = await factory.CreateClient().GetAsync($"/programmes/{programme.Id}/rss", Cancellation);

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var item = Assert.Single(rss.Descendants("item"));
        Assert.Equal("Annulé : Ciné-débat « Sur le chemin de l'école »", item.Element("title")!.Value);
        Assert.StartsWith("jeudi 19 novembre 2026 à 18h30", item.Element("description")!.Value);
        Assert.Equal("fr-FR", rss.Descendants("language").Single().Value);
    }

    [Fact]
    public async Task The_changes_feed_shows_published_events_only_and_a_tombstone_when_one_is_taken_down()
    {
        var start = await factory.CreateClient().GetJsonAsync<ChangePage<CalendarChangeItem>>("/changes?types=event&limit=1000");
        var cursor = start!.NextCursor;
        while (start.HasMore)
        {
            start = await factory.CreateClient().GetJsonAsync<ChangePage<CalendarChangeItem>>($"/changes?types=event&limit=1000&after={Uri.EscapeDataString(cursor)}");
            cursor = start!.NextCursor;
        }

        var organiserId = await factory.AnnounceActorAsync(_broker);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var draft = (await (await member.PostAsJsonAsync("/events", OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(), "Brouillon privé"), Cancellation)).ReadJsonAsync<EventResponse>())!;
        var published = (await (await member.PostAsJsonAsync("/events", OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(), "Forum public"), Cancellation)).ReadJsonAsync<EventResponse>())!;
        await member.PostAsync($"/events/{published.Id}/submit", null, Cancellation);

        async Task<List<CalendarChangeItem>> ReadAfter(string after) =>
            (await factory.CreateClient().GetJsonAsync<ChangePage<CalendarChangeItem>>($"/changes?types=event&after={Uri.EscapeDataString(after)}"))!.Items.ToList();

        // The feed serves a change once every transaction older than it has ended: a reader polls.
        CalendarChangeItem upserted = null!;
        await Eventually.Async(async () =>
        {
            var changes = await ReadAfter(cursor);
            upserted = Assert.Single(changes, change => change.EntityId == published.Id);
            Assert.DoesNotContain(changes, change => change.EntityId == draft.Id);
        });
        Assert.Equal((ChangeKind.Upserted, "Forum public"), (upserted.Change, upserted.Event!.Title));

        var foreignAdmin = factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["64"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await foreignAdmin.PostAsJsonAsync($"/events/{published.Id}/take-down", new { reason = "Contenu illicite." }, Cancellation)).StatusCode);
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/events/{published.Id}/take-down", new { reason = "Contenu illicite." }, Cancellation)).StatusCode);

        await Eventually.Async(async () =>
        {
            var tombstone = Assert.Single(await ReadAfter(upserted.Cursor), change => change.EntityId == published.Id);
            Assert.Equal((ChangeKind.Erased, null), (tombstone.Change, tombstone.Event));
        });
        await _broker.WaitForAsync<EventCancelled>(message => message.EventId == published.Id && message.Reason == "Contenu illicite.");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/events/{published.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().GetAsync($"/changes?types=venue&after={Uri.EscapeDataString(cursor)}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().GetAsync("/changes?types=actor", Cancellation)).StatusCode);
    }
}
