using System.Net.Http.Json;
using System.Net;
using Communications.Endpoints;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.EventsCalendar;
using Ssi.Testing;

namespace Communications.Tests;

public sealed class ProgrammeTests(CommunicationsFactory factory) : IClassFixture<CommunicationsFactory>, IAsyncLifetime
{
    private BrokerProbe _calendar = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _calendar = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);

    public ValueTask DisposeAsync() => _calendar.DisposeAsync();

    private static EventPublished Published(string title, string territoryCode, int day) => new(
        Guid.CreateVersion7(), Guid.NewGuid(), "Ville de Fontenay-sous-Bois", title, territoryCode, "MDCVA",
        new DateTimeOffset(2026, 11, day, 18, 0, 0, TimeSpan.FromHours(1)),
        new DateTimeOffset(2026, 11, day, 20, 0, 0, TimeSpan.FromHours(1)),
        DateTimeOffset.UtcNow);

    [Fact]
    public async Task Published_events_make_up_their_commune_programme_in_chronological_order()
    {
        var later = Published("Projection-débat", "94033", 20);
        var earlier = Published("Forum des associations", "94033", 14);
        var elsewhere = Published("Discosoupe", "64129", 15);
        foreach (var message in new[] { later, earlier, elsewhere })
        {
            await _calendar.Bus.Publish(message, Cancellation);
        }

        var client = factory.CreateClient();
        await Eventually.Async(async () =>
        {
            var programme = await client.GetJsonAsync<ProgrammeResponse>("/programmes/94033");
            Assert.Equal([earlier.EventId, later.EventId], programme!.Entries.Select(entry => entry.EventId));
        });
    }

    [Fact]
    public async Task A_redelivered_announcement_lists_the_event_once()
    {
        var message = Published("Exposition CCFD-Terre Solidaire", "64129", 16);
        var redelivered = Guid.NewGuid();
        var announcedAgain = Guid.NewGuid();
        await _calendar.Bus.Publish(message, context => context.MessageId = redelivered, Cancellation);
        await _calendar.Bus.Publish(message, context => context.MessageId = redelivered, Cancellation);
        await _calendar.Bus.Publish(message, context => context.MessageId = announcedAgain, Cancellation);

        await Eventually.Async(async () => Assert.Equal(1, await factory.InScopeAsync(db =>
            db.ProgrammeEntries.CountAsync(entry => entry.EventId == message.EventId, Cancellation))));
        await Eventually.Async(async () => Assert.Equal(2, await factory.InScopeAsync(db =>
            db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message_id IN ({redelivered}, {announcedAgain})")
                .SingleAsync(Cancellation))));
    }

    [Theory]
    [InlineData("/programmes/Billere")]
    [InlineData("/programmes/641290")]
    [InlineData("/programmes/64129?from=yesterday")]
    public async Task Bad_programme_requests_get_a_400_problem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
