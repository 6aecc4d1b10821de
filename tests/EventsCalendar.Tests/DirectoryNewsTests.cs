using System.Net.Http.Json;
using System.Net;
using EventsCalendar.Endpoints;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>The calendar keeps its organisers in step with the directory's ActorUpdated and ActorArchived.</summary>
public sealed class DirectoryNewsTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _directory = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _directory = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);

    public ValueTask DisposeAsync() => _directory.DisposeAsync();

    [Fact]
    public async Task An_update_renames_and_moves_the_organiser()
    {
        var actorId = await factory.AnnounceActorAsync(_directory, name: "Collectif SSI de Billère");

        await PublishAsync(Updated(actorId, 2, "Collectif ouvert SSI de Billère", "64445", DateTimeOffset.UtcNow));

        await Eventually.Async(async () => Assert.Equal(
            new OrganiserResponse(actorId, "Collectif ouvert SSI de Billère", "64445", true),
            await factory.CreateClient().GetJsonAsync<OrganiserResponse>($"/organisers/{actorId}")));
    }

    [Fact]
    public async Task An_archived_actor_becomes_an_inactive_organiser_that_cannot_organise()
    {
        var actorId = await factory.AnnounceActorAsync(_directory, name: "Comité de jumelage de Billère");

        await PublishAsync(new ActorArchived(actorId, 2, "Comité de jumelage de Billère", "association", "64129", DateTimeOffset.UtcNow));

        await Eventually.Async(async () =>
            Assert.False((await factory.CreateClient().GetJsonAsync<OrganiserResponse>($"/organisers/{actorId}")).IsActive));
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        var response = await admin.PostAsJsonAsync("/events", OrganiserFixture.EventFor(actorId, await factory.VenueAsync()), Cancellation);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task News_older_than_the_archiving_never_reactivates_the_organiser()
    {
        var actorId = Guid.CreateVersion7();
        var archivedAt = DateTimeOffset.UtcNow;

        // Delivered out of order: the archiving first, then the registration and an edit that preceded it.
        var archived = await PublishAsync(new ActorArchived(actorId, 3, "Ancienne association de Pau", "association", "64445", archivedAt));
        var registered = await PublishAsync(new ActorRegistered(actorId, 1, "Association de Pau", "association", "64445", "active", archivedAt.AddDays(-30)));
        var updated = await PublishAsync(Updated(actorId, 2, "Association de Pau", "64445", archivedAt.AddMinutes(-1)));

        await Eventually.Async(async () => Assert.Equal(3, await factory.InScopeAsync(db =>
            db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message_id IN ({archived}, {registered}, {updated})")
                .SingleAsync(Cancellation))));
        Assert.Equal(
            new OrganiserResponse(actorId, "Ancienne association de Pau", "64445", false),
            await factory.CreateClient().GetJsonAsync<OrganiserResponse>($"/organisers/{actorId}"));
    }

    [Fact]
    public async Task An_update_of_an_actor_the_calendar_never_heard_of_records_it()
    {
        var actorId = Guid.CreateVersion7();

        await PublishAsync(Updated(actorId, 2, "CCAS d'Eaubonne", "95203", DateTimeOffset.UtcNow));

        await Eventually.Async(async () => Assert.Equal(
            new OrganiserResponse(actorId, "CCAS d'Eaubonne", "95203", true),
            await factory.CreateClient().GetJsonAsync<OrganiserResponse>($"/organisers/{actorId}")));
    }

    internal static ActorUpdated Updated(Guid actorId, long revision, string name, string territoryCode, DateTimeOffset occurredAt, string status = "active") => new(
        actorId, revision, name, "association", territoryCode, null, territoryCode[..2], "75", status,
        ["solidarite-internationale"], [], IsInternationalSolidarity: true, null, null, null, null, null, null, occurredAt);

    /// <returns>The message id, to find it in the calendar's inbox.</returns>
    private async Task<Guid> PublishAsync<T>(T message) where T : class
    {
        var messageId = Guid.NewGuid();
        await _directory.Bus.Publish(message, context => context.MessageId = messageId, Cancellation);
        return messageId;
    }
}
