using System.Net;
using MassTransit;
using Ssi.Contracts.ActorDirectory;
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

    public static object EventFor(Guid organiserId, string title = "Discosoupe solidaire") => new
    {
        organiserId,
        title,
        description = "Une soupe géante cuisinée avec des légumes sauvés du gaspillage.",
        venue = "Salle des fêtes, Billère",
        startsAt = new DateTimeOffset(2026, 11, 18, 18, 0, 0, TimeSpan.FromHours(1)),
        endsAt = new DateTimeOffset(2026, 11, 18, 22, 0, 0, TimeSpan.FromHours(1)),
    };
}
