using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

/// <summary>The cross-service flow, driven through the gateway as a coordinator of Pyrénées-Atlantiques would.</summary>
public static class Flows
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static object EventRequest(Guid organiserId, Guid venueId, string title = "Discosoupe solidaire") => new
    {
        organiserId,
        title,
        kind = "shared-meal",
        venueId,
        slots = new[] { new { startsAt = "2026-11-18T18:00", endsAt = "2026-11-18T22:00" } },
    };

    /// <summary>
    /// Writes and opens a call of <paramref name="funderId"/> for Billère, retrying while funding has
    /// not yet heard of the funder from the directory.
    /// </summary>
    public static async Task<Guid> OpenACallInBillereAsync(HttpClient staff, Guid funderId, string title, string[] actorKinds, int minimumLinkedEvents)
    {
        HttpResponseMessage created = null!;
        await Eventually.Async(async () =>
        {
            created = await staff.PostAsJsonAsync("/api/funding/calls", new
            {
                funderId,
                edition = 2026,
                title,
                scope = "commune:64129",
                envelopeCents = 1_000_000L,
                maxGrantCents = 200_000L,
                cofundingCapPercent = 80,
                eligibility = new { actorKinds, applicantInScope = true, requireSiretOrRna = false, minimumLinkedEvents },
                criteria = new[] { new { key = "impact", label = "Impact local", weight = 100 } },
                opensAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"),
                closesAt = DateTimeOffset.UtcNow.AddDays(10).ToString("O"),
            }, Cancellation);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        });
        var callId = (await created.ReadJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/funding/calls/{callId}/open", null, Cancellation)).StatusCode);
        return callId;
    }

    /// <summary>Registers a hall of Billère in the calendar, which asks the directory where Billère stands.</summary>
    public static async Task<Guid> RegisterVenueInBillereAsync(HttpClient coordinator, string name = "Salle des fêtes")
    {
        var registered = await coordinator.PostAsJsonAsync("/api/calendar/venues",
            new { name, address = "Place François Mitterrand", postalCode = "64140", communeCode = "64129" }, Cancellation);
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync(Cancellation));
        var venue = await registered.ReadJsonAsync<JsonElement>();
        Assert.Equal("200067254", venue.GetProperty("territory").GetProperty("epciCode").GetString());
        return venue.GetProperty("id").GetGuid();
    }

    /// <summary>Registers an actor of Billère in the directory.</summary>
    public static async Task<Guid> RegisterActorInBillereAsync(HttpClient coordinator, string name, string kind,
        string description = "Une vingtaine de structures et de citoyens engagés, ouvert à tous.")
    {
        var registered = await coordinator.PostAsJsonAsync("/api/directory/actors", new { name, kind, territoryCode = "64129", description }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return (await registered.ReadJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// Declares the 2026 edition (13 to 29 November), which <see cref="EventRequest"/>'s date falls
    /// in, unless a test already did: the public site shows the newest edition.
    /// </summary>
    public static async Task DeclareThe2026EditionAsync(HttpClient admin)
    {
        var declared = await admin.PutAsJsonAsync("/api/calendar/editions/2026",
            new { name = "Festival des Solidarités 2026", startsOn = "2026-11-13", endsOn = "2026-11-29", nationalTheme = "Les droits humains" }, Cancellation);
        Assert.True(declared.StatusCode is HttpStatusCode.Created or HttpStatusCode.PreconditionRequired, await declared.Content.ReadAsStringAsync(Cancellation));
    }

    /// <summary>Registers an organiser in Billère, waits until the calendar knows it, submits and publishes an event.</summary>
    public static async Task<PublishedEvent> PublishAnEventInBillereAsync(HttpClient coordinator, string organiserName, string title)
    {
        var organiserId = await RegisterActorInBillereAsync(coordinator, organiserName, "other");

        // Each organiser its own hall: two events in one hall at the same time wait for a coordinator.
        var venueId = await RegisterVenueInBillereAsync(coordinator, $"Salle de {organiserName}");
        HttpResponseMessage created = null!;
        await Eventually.Async(async () =>
        {
            created = await coordinator.PostAsJsonAsync("/api/calendar/events", EventRequest(organiserId, venueId, title), Cancellation);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        });
        var eventId = (await created.ReadJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var published = await coordinator.PostAsync($"/api/calendar/events/{eventId}/publish", null, Cancellation);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return new PublishedEvent(organiserId, eventId);
    }
}

public sealed record PublishedEvent(Guid OrganiserId, Guid EventId);
