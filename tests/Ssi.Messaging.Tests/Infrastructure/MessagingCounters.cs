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
    public const string Duplicates = "ssi.messaging.inbox.duplicates";

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();

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
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            _totals.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
        _listener.Start();
    }

    public long this[string counter] => _totals.GetValueOrDefault(counter);

    public void Dispose() => _listener.Dispose();
}
