using System.Net;
using MassTransit;
using System.Net.Http.Json;
using EventsCalendar.Endpoints;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace EventsCalendar.Tests;

internal static class OrganiserFixture
{
    /// <summary>Announces an actor the way the directory does, and waits until the calendar knows it.</summary>
    /// <param name="epciCode">The EPCI of the commune: by default Billère's and Pau's, the CA Pau Béarn Pyrénées.</param>
    /// <param name="regionCode">By default Nouvelle-Aquitaine.</param>
    public static async Task<Guid> AnnounceActorAsync(this EventsCalendarFactory factory, BrokerProbe directory,
        string name = "Collectif SSI de Billère", string territoryCode = "64129", string status = "active",
        string? epciCode = "200067254", string regionCode = "75")
    {
        var actorId = Guid.CreateVersion7();
        await directory.Bus.Publish(
            new ActorRegistered(actorId, 1, name, "association", territoryCode, status, DateTimeOffset.UtcNow,
                EpciCode: epciCode, DepartmentCode: territoryCode[..2], RegionCode: regionCode),
            TestContext.Current.CancellationToken);

        var client = factory.CreateClient();
        await Eventually.Async(async () =>
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/organisers/{actorId}", TestContext.Current.CancellationToken)).StatusCode));
        return actorId;
    }

    /// <summary>
    /// Registers (or finds, as venues are de-duplicated) a hall of the commune, as an admin: by
    /// default a new one each time, so that events of different tests never book the same room.
    /// </summary>
    public static async Task<Guid> VenueAsync(this EventsCalendarFactory factory, string communeCode = "64129", string? name = null)
    {
        name ??= $"Salle polyvalente n° {Random.Shared.Next(1_000_000)}";
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        var response = await admin.PostAsJsonAsync("/venues", new { name, address = "1 place de la Mairie", communeCode }, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.ReadJsonAsync<VenueResponse>())!.Id;
    }

    /// <summary>A discosoupe one evening of the 2026 week, in <paramref name="venueId"/>.</summary>
    public static Dictionary<string, object?> EventFor(Guid organiserId, Guid venueId, string title = "Discosoupe solidaire") => new()
    {
        ["organiserId"] = organiserId,
        ["title"] = title,
        ["summary"] = "Une soupe géante cuisinée avec des légumes sauvés du gaspillage.",
        ["description"] = "Venez **éplucher** en musique : la soupe est servie à 20 h.",
        ["kind"] = "shared-meal",
        ["audiences"] = new[] { "general-public", "families" },
        ["venueId"] = venueId,
        ["slots"] = new[] { new { startsAt = "2026-11-18T18:00", endsAt = "2026-11-18T22:00" } },
    };
}
