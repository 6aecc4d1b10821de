using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using EventsCalendar.Endpoints;
using Ssi.Contracts.ActorDirectory;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>
/// The directory's news of one actor, consumed in parallel and in any order, leaves the calendar
/// with the state of the highest revision, and no consumer attempt fails on the way.
/// </summary>
public sealed class OrganiserRevisionTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _directory = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _directory = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);

    public ValueTask DisposeAsync() => _directory.DisposeAsync();

    [Fact]
    public async Task Interleaved_news_ends_with_the_highest_revision_and_no_failed_attempt()
    {
        using var failures = new ConsumerFailureListener();
        var actors = Enumerable.Range(0, 5).Select(_ => Guid.CreateVersion7()).ToList();
        var stated = DateTimeOffset.UtcNow;
        var news = actors.SelectMany(actorId => History(actorId, stated)).ToArray();
        Random.Shared.Shuffle(news);

        await Task.WhenAll(news.Select(message => _directory.Bus.Publish(message, message.GetType(), Cancellation)));

        var client = factory.CreateClient();
        foreach (var actorId in actors)
        {
            await Eventually.Async(async () => Assert.Equal(
                new OrganiserResponse(actorId, "Association archivée", "64445", false),
                await client.GetJsonAsync<OrganiserResponse>($"/organisers/{actorId}")));
        }

        Assert.Empty(failures.For(["ActorRegistered", "ActorUpdated", "ActorArchived"]));
    }

    [Fact]
    public async Task An_archive_and_an_update_racing_keep_the_archive_when_it_is_newer()
    {
        using var failures = new ConsumerFailureListener();
        var actorId = Guid.CreateVersion7();
        var stated = DateTimeOffset.UtcNow;

        await Task.WhenAll(
            _directory.Bus.Publish(new ActorArchived(actorId, 3, "Association archivée", "association", "64445", stated), Cancellation),
            _directory.Bus.Publish(DirectoryNewsTests.Updated(actorId, 2, "Association active", "64445", stated.AddSeconds(-1)), Cancellation));

        await Eventually.Async(async () => Assert.Equal(
            new OrganiserResponse(actorId, "Association archivée", "64445", false),
            await factory.CreateClient().GetJsonAsync<OrganiserResponse>($"/organisers/{actorId}")));
        Assert.Empty(failures.For(["ActorUpdated", "ActorArchived"]));
    }

    /// <summary>Registered at revision 1, edited up to 19, archived at 20.</summary>
    private static IEnumerable<object> History(Guid actorId, DateTimeOffset stated)
    {
        yield return new ActorRegistered(actorId, 1, "Association de Pau", "association", "64445", "active", stated);
        for (var revision = 2; revision < 20; revision++)
        {
            yield return DirectoryNewsTests.Updated(actorId, revision, $"Association de Pau ({revision})", "64445", stated.AddSeconds(revision));
        }

        yield return new ActorArchived(actorId, 20, "Association archivée", "association", "64445", stated.AddSeconds(20));
    }

    /// <summary>Listens to the consumers' failure counter, which every attempt that throws increments.</summary>
    private sealed class ConsumerFailureListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<string> _failedTypes = new();

        public ConsumerFailureListener()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "ssi.messaging.consumer.failures")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "messaging.message.type" && tag.Value is string type)
                    {
                        _failedTypes.Enqueue(type);
                    }
                }
            });
            _listener.Start();
        }

        public IEnumerable<string> For(IReadOnlyCollection<string> messageTypes) => _failedTypes.Where(messageTypes.Contains);

        public void Dispose() => _listener.Dispose();
    }
}
