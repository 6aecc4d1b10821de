using System.Collections.Concurrent;
using System.Diagnostics;

namespace Ssi.Benchmarks.Messaging;

/// <summary>When each message was sent (committed, or published raw) and first consumed, on one process's clock.</summary>
public sealed class Timings
{
    private readonly ConcurrentDictionary<Guid, long> _sent = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<long>> _consumed = new();

    public void Sent(Guid id) => _sent[id] = Stopwatch.GetTimestamp();

    public void Consumed(Guid id) => Arrival(id).TrySetResult(Stopwatch.GetTimestamp());

    public Task WhenConsumedAsync(Guid id, TimeSpan timeout) => Arrival(id).Task.WaitAsync(timeout);

    /// <summary>Sent-to-consumed latencies of <paramref name="ids"/> in milliseconds, and how many never arrived.</summary>
    public (List<double> Milliseconds, int Lost) Latencies(IEnumerable<Guid> ids)
    {
        var latencies = new List<double>();
        var lost = 0;
        foreach (var id in ids)
        {
            if (_sent.TryGetValue(id, out var sent) && Arrival(id).Task is { IsCompletedSuccessfully: true } arrived)
            {
                latencies.Add(Stopwatch.GetElapsedTime(sent, arrived.Result).TotalMilliseconds);
            }
            else
            {
                lost++;
            }
        }

        return (latencies, lost);
    }

    private TaskCompletionSource<long> Arrival(Guid id) =>
        _consumed.GetOrAdd(id, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
}
