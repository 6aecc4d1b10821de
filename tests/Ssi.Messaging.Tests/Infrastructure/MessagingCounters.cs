using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Ssi.Messaging.Tests.Infrastructure;

/// <summary>
/// The "Ssi.Messaging" counters of one host, measured from creation on. Each host's meters are
/// scoped to its own IMeterFactory, which keeps hosts of tests running in parallel apart.
/// </summary>
public sealed class MessagingCounters : IDisposable
{
    public const string Published = "ssi.messaging.outbox.published";
    public const string PublishFailures = "ssi.messaging.outbox.publish_failures";
    public const string Consumed = "ssi.messaging.consumer.consumed";
    public const string ConsumerFailures = "ssi.messaging.consumer.failures";
    public const string Duplicates = "ssi.messaging.inbox.duplicates";

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();
    private readonly ConcurrentQueue<(string Counter, Dictionary<string, string?> Tags)> _measurements = new();

    public MessagingCounters(TestService service)
    {
        var scope = service.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Ssi.Messaging" && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            _totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value);
            var copy = new Dictionary<string, string?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value?.ToString();
            }

            _measurements.Enqueue((instrument.Name, copy));
        });
        _listener.Start();
    }

    public long this[string counter] => _totals.GetValueOrDefault(counter);

    /// <summary>The tags of each measurement of <paramref name="counter"/>, in order.</summary>
    public IReadOnlyList<Dictionary<string, string?>> Measurements(string counter) =>
        _measurements.Where(measurement => measurement.Counter == counter).Select(measurement => measurement.Tags).ToList();

    public void Dispose() => _listener.Dispose();
}
