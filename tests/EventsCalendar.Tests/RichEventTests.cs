using System.Net;
using System.Net.Http.Json;
using EventsCalendar.Domain.Events;
using EventsCalendar.Endpoints;
using Microsoft.AspNetCore.Http;
using Ssi.Contracts.ActorDirectory;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>Events as rich as OpenAgenda's: slots in Paris time, safe Markdown, registration, importers' upserts.</summary>
public sealed class RichEventTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(EventPublished));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    private async Task<(Guid OrganiserId, HttpClient Member, Dictionary<string, object?> Request)> OrganiserAsync()
    {
        var organiserId = await factory.AnnounceActorAsync(_broker);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        return (organiserId, member, OrganiserFixture.EventFor(organiserId, await factory.VenueAsync()));
    }

    [Fact]
    public async Task An_exhibition_open_ten_afternoons_keeps_each_slot_in_Paris_time_across_the_clock_change()
    {
        var (_, member, request) = await OrganiserAsync();
        request["kind"] = "exhibition";
        request["title"] = "Exposition « Regards d'élèves » avec le CCFD-Terre Solidaire";
        request["slots"] = Enumerable.Range(0, 10)
            .Select(day => new { startsAt = $"2026-10-{20 + day:00}T14:00", endsAt = $"2026-10-{20 + day:00}T18:00" })
            .ToArray();

        var created = await member.PostAsJsonAsync("/events", request, Cancellation);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var exhibition = (await created.ReadJsonAsync<EventResponse>())!;
        Assert.Equal(10, exhibition.Slots.Count);
        Assert.All(exhibition.Slots, slot => Assert.Equal(14, slot.StartsAt.Hour));
        Assert.Equal(TimeSpan.FromHours(2), exhibition.Slots[0].StartsAt.Offset);
        Assert.Equal(TimeSpan.FromHours(1), exhibition.Slots[^1].StartsAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 10, 29, 13, 0, 0, TimeSpan.Zero), exhibition.Slots[^1].StartsAt.ToUniversalTime());
    }

    [Theory]
    [InlineData("2026-03-29T02:30", "2026-03-29T04:00", "does not exist in Europe/Paris")]
    [InlineData("2026-11-18T20:00", "2026-11-18T18:00", "before or when it starts")]
    [InlineData("18/11/2026 18:00", "2026-11-18T22:00", "is not an ISO 8601")]
    public async Task A_slot_that_names_no_time_or_ends_first_is_a_400_problem(string startsAt, string endsAt, string expected)
    {
        var (_, member, request) = await OrganiserAsync();
        request["slots"] = new[] { new { startsAt, endsAt } };

        var response = await member.PostAsJsonAsync("/events", request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.ReadJsonAsync<HttpValidationProblemDetails>())!;
        Assert.Contains(expected, Assert.Single(problem.Errors["slots[0]"]));
    }

    [Fact]
    public async Task The_night_the_clocks_go_back_a_doubled_hour_is_the_first_one_still_in_summer_time()
    {
        var (_, member, request) = await OrganiserAsync();
        request["slots"] = new[] { new { startsAt = "2026-10-25T02:30", endsAt = "2026-10-25T04:00" } };

        var created = (await (await member.PostAsJsonAsync("/events", request, Cancellation)).ReadJsonAsync<EventResponse>())!;

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), created.Slots[0].StartsAt.ToUniversalTime());
        Assert.Equal(TimeSpan.FromMinutes(150), created.Slots[0].EndsAt - created.Slots[0].StartsAt);
    }

    [Fact]
    public async Task Slots_out_of_order_or_overlapping_each_other_are_refused_each_by_name()
    {
        var (_, member, request) = await OrganiserAsync();
        request["slots"] = new[]
        {
            new { startsAt = "2026-11-18T18:00", endsAt = "2026-11-18T20:00" },
            new { startsAt = "2026-11-18T19:00", endsAt = "2026-11-18T21:00" },
            new { startsAt = "2026-11-17T19:00", endsAt = "2026-11-17T21:00" },
        };

        var response = await member.PostAsJsonAsync("/events", request, Cancellation);

        var problem = (await response.ReadJsonAsync<HttpValidationProblemDetails>())!;
        Assert.Contains("overlaps slots[0]", Assert.Single(problem.Errors["slots[1]"]));
        Assert.Contains("chronological order", Assert.Single(problem.Errors["slots[2]"]));
    }

    [Fact]
    public async Task A_film_shown_two_hundred_times_fits_but_one_slot_too_many_does_not()
    {
        var (_, member, request) = await OrganiserAsync();
        var start = new DateTime(2026, 11, 1, 10, 0, 0);
        string Local(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        object[] Slots(int count) => Enumerable.Range(0, count)
            .Select(index => (object)new { startsAt = Local(start.AddHours(index * 3)), endsAt = Local(start.AddHours(index * 3 + 2)) })
            .ToArray();

        request["slots"] = Slots(200);
        var accepted = await member.PostAsJsonAsync("/events", request, Cancellation);
        request["slots"] = Slots(CalendarEvent.MaxSlots + 1);
        var refused = await member.PostAsJsonAsync("/events", request, Cancellation);

        Assert.Equal(200, (await accepted.ReadJsonAsync<EventResponse>())!.Slots.Count);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Markdown_reaches_readers_rendered_and_without_any_script()
    {
        var (_, member, request) = await OrganiserAsync();
        request["description"] = """
            Une **soupe géante** avec [le collectif](https://www.billere.fr).

            <script>alert('xss')</script>
            <img src=x onerror="alert(1)">
            [piège](javascript:alert(1)) et ![image](javascript:alert(2))
            """;

        var created = (await (await member.PostAsJsonAsync("/events", request, Cancellation)).ReadJsonAsync<EventResponse>())!;

        var html = created.DescriptionHtml!;
        Assert.Contains("<strong>soupe géante</strong>", html);
        Assert.Contains("href=\"https://www.billere.fr\"", html);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror", html);
        Assert.DoesNotContain("=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<script>", created.Description);
    }

    [Theory]
    [InlineData("title", "Forum <script>alert(1)</script>")]
    [InlineData("title", "Forum\r\nX-INJECTED:1")]
    [InlineData("title", "Forum\tdes associations")]
    [InlineData("summary", "Un <b>grand</b> forum")]
    [InlineData("imageAlt", "Affiche\nBEGIN:VEVENT")]
    [InlineData("onlineUrl", "javascript:alert(1)")]
    [InlineData("imageUrl", "ftp://example.org/affiche.png")]
    [InlineData("kind", "rave")]
    public async Task Markup_line_breaks_and_foreign_schemes_meant_for_feeds_are_400_problems(string field, string value)
    {
        var (_, member, request) = await OrganiserAsync();
        request[field] = value;
        if (field == "onlineUrl")
        {
            request["attendanceMode"] = "mixed";
        }

        if (field == "imageUrl")
        {
            request["imageAlt"] = "Affiche du forum";
        }

        var response = await member.PostAsJsonAsync("/events", request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_form_problem_is_named_at_once()
    {
        var (_, member, request) = await OrganiserAsync();
        request["attendanceMode"] = "online";
        request["imageUrl"] = "https://example.org/affiche.png";
        request["registration"] = new { email = "pas-une-adresse", phone = "12", url = "www.example.org" };
        request["languages"] = new[] { "fr", "français" };
        request["minimumAge"] = 12;
        request["maximumAge"] = 8;

        var problem = (await (await member.PostAsJsonAsync("/events", request, Cancellation)).ReadJsonAsync<HttpValidationProblemDetails>())!;

        Assert.Equal(
            ["imageAlt", "languages[1]", "maximumAge", "onlineUrl", "registration.email", "registration.phone", "registration.url"],
            problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task References_to_unknown_or_archived_actors_and_venues_are_422_problems()
    {
        var (_, member, request) = await OrganiserAsync();
        var archived = await factory.AnnounceActorAsync(_broker, name: "Ancienne association", status: "archived");

        request["partnerIds"] = new[] { Guid.NewGuid() };
        var unknownPartner = await member.PostAsJsonAsync("/events", request, Cancellation);
        request["partnerIds"] = new[] { archived };
        var archivedPartner = await member.PostAsJsonAsync("/events", request, Cancellation);
        request["partnerIds"] = null;
        request["venueId"] = Guid.NewGuid();
        var unknownVenue = await member.PostAsJsonAsync("/events", request, Cancellation);

        Assert.All([unknownPartner, archivedPartner, unknownVenue], response => Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode));
        Assert.Contains("archived", (await archivedPartner.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())!.Detail);
    }

    [Fact]
    public async Task An_importer_sending_the_same_event_twice_updates_the_one_event()
    {
        var (organiserId, member, request) = await OrganiserAsync();
        var url = "/events/external/openagenda-billere/evt-2026-042";

        var first = await member.PutAsJsonAsync(url, request, Cancellation);
        request["title"] = "Discosoupe solidaire géante";
        var second = await member.PutAsJsonAsync(url, request, Cancellation);
        var third = await member.PutAsJsonAsync(url, request, Cancellation);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode, third.StatusCode));
        var created = (await first.ReadJsonAsync<EventResponse>())!;
        var updated = (await third.ReadJsonAsync<EventResponse>())!;
        Assert.Equal((created.Id, "Discosoupe solidaire géante", "openagenda-billere", "evt-2026-042"), (updated.Id, updated.Title, updated.ExternalSource, updated.ExternalId));
        Assert.Equal(1, await factory.InScopeAsync(db => Task.FromResult(db.Events.Count(e => e.OrganiserId == organiserId))));
        Assert.Equal(HttpStatusCode.BadRequest, (await member.PutAsJsonAsync("/events/external/open%20agenda/1", request, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task An_edit_needs_the_events_ETag_and_a_moved_slot_keeps_its_identity()
    {
        var (organiserId, member, request) = await OrganiserAsync();
        request["slots"] = new[]
        {
            new { startsAt = "2026-11-18T18:00", endsAt = "2026-11-18T22:00" },
            new { startsAt = "2026-11-20T18:00", endsAt = "2026-11-20T22:00" },
        };
        var created = await member.PostAsJsonAsync("/events", request, Cancellation);
        var original = (await created.ReadJsonAsync<EventResponse>())!;
        await member.PostAsync($"/events/{original.Id}/submit", null, Cancellation);
        var read = await member.GetAsync($"/events/{original.Id}", Cancellation);
        request["slots"] = new object[] { new { id = original.Slots[0].Id, startsAt = "2026-11-18T19:00", endsAt = "2026-11-18T23:00" } };

        var withoutTag = await member.PutAsJsonAsync($"/events/{original.Id}", request, Cancellation);
        var edited = await member.SendAsync(ConditionalRequests.PutIfMatch($"/events/{original.Id}", request, read.Headers.ETag!.ToString()), Cancellation);
        var stale = await member.SendAsync(ConditionalRequests.PutIfMatch($"/events/{original.Id}", request, read.Headers.ETag!.ToString()), Cancellation);

        Assert.Equal((HttpStatusCode.PreconditionRequired, HttpStatusCode.OK, HttpStatusCode.PreconditionFailed), (withoutTag.StatusCode, edited.StatusCode, stale.StatusCode));
        var view = (await edited.ReadJsonAsync<EventResponse>())!;
        Assert.Equal((EventStatus.Rescheduled, 1, 2), (view.Status, view.Sequence, view.Revision));
        Assert.Equal([(original.Slots[0].Id, false, 19), (original.Slots[1].Id, true, 18)], view.Slots.Select(slot => (slot.Id, slot.IsCancelled, slot.StartsAt.Hour)));
    }

    [Fact]
    public async Task An_organiser_renamed_or_archived_in_the_directory_shows_so_on_its_events()
    {
        var (organiserId, member, request) = await OrganiserAsync();
        var created = (await (await member.PostAsJsonAsync("/events", request, Cancellation)).ReadJsonAsync<EventResponse>())!;
        await member.PostAsync($"/events/{created.Id}/submit", null, Cancellation);

        await _broker.Bus.Publish(new ActorArchived(organiserId, 5, "Collectif SSI de Billère (dissous)", "association", "64129", DateTimeOffset.UtcNow), Cancellation);

        await Eventually.Async(async () =>
        {
            var view = (await factory.CreateClient().GetJsonAsync<EventResponse>($"/events/{created.Id}"))!;
            Assert.Equal(new ActorReference(organiserId, "Collectif SSI de Billère (dissous)", false), view.Organiser);
        });
    }
}
