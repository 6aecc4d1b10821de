using System.Net;
using System.Text.Json;
using ActorDirectory.Data;
using ActorDirectory.Endpoints.Network;
using Microsoft.AspNetCore.Hosting;
using Ssi.ServiceDefaults.Publishing;
using Ssi.Testing;

namespace ActorDirectory.Tests.Network;

/// <summary>The directory reaching the broker through a proxy that can stop answering, as a stuck broker does.</summary>
public sealed class StalledBrokerDirectoryFactory : ServiceFactory<Program, DirectoryDbContext>, IAsyncLifetime
{
    private TcpProxy? _proxy;

    public StalledBrokerDirectoryFactory() : base("directorydb")
    {
    }

    public TcpProxy Proxy => _proxy ?? throw new InvalidOperationException("The factory is not initialized.");

    protected override Uri MessagingUri => Proxy.Through(VirtualHost.AmqpUri);

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        _proxy = new TcpProxy((await TestInfrastructure.EnsureStartedAsync()).RabbitMq);
        await InitializeAsync();
    }

    protected override Task SeedAsync(DirectoryDbContext db)
    {
        db.Territories.AddRange(TestTerritories.All());
        return db.SaveChangesAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Messaging:OutboxPollInterval", "00:00:00.100");
        builder.UseSetting("Messaging:OutboxPublishTimeout", "00:00:10");
    }

    public override async ValueTask DisposeAsync()
    {
        _proxy?.Resume();
        await base.DisposeAsync();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
    }
}

public sealed class StalledBrokerTests(StalledBrokerDirectoryFactory factory) : IClassFixture<StalledBrokerDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_changes_feed_keeps_advancing_while_the_relay_waits_on_a_broker_that_does_not_answer()
    {
        var coordinator = factory.CreateClient(TestTokens.Create("coordinator", territories: ["64"]));
        var start = (await factory.CreateClient().GetJsonAsync<ChangePage<ChangeItem>>("/changes?limit=1000")).NextCursor;

        factory.Proxy.Stall();
        try
        {
            var first = await coordinator.RegisterAsync(ActorRequests.Billere("Mairie de Billère (pendant la panne)"));
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            await Task.Delay(TimeSpan.FromSeconds(1), Cancellation); // the relay has claimed the event and waits for the broker
            var second = await coordinator.RegisterAsync(ActorRequests.Billere("Collectif SSI de Billère (pendant la panne)"));
            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
            var ids = new[] { await IdOf(first), await IdOf(second) };

            // Well within the 10 s the relay may wait for the broker's confirmation.
            await Eventually.Async(async () =>
            {
                var feed = await factory.CreateClient().GetJsonAsync<ChangePage<ChangeItem>>($"/changes?limit=1000&after={start}");
                Assert.All(ids, id => Assert.Contains(feed.Items, item => item.EntityId == id));
            }, TimeSpan.FromSeconds(4));
        }
        finally
        {
            factory.Proxy.Resume();
        }
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response) => (await response.ReadJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
}
