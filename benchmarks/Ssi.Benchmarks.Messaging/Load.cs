using System.Diagnostics;

namespace Ssi.Benchmarks.Messaging;

/// <summary>The two loads every path is measured under: one message at a time, and a steady rate.</summary>
public static class Load
{
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Sends <paramref name="count"/> messages one after the other, each once the previous one arrived.</summary>
    public static async Task<Result> IdleAsync(string name, Timings timings, Func<Guid, Task> send, int count)
    {
        var clock = Stopwatch.StartNew();
        var ids = await SendOneByOneAsync(timings, send, count);
        return Result.Of(name, timings, ids, count / clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// <see cref="IdleAsync"/> for several paths in turn, <paramref name="rounds"/> times, so that
    /// each sees the machine in the same states and their ratio holds up from one run to the next.
    /// </summary>
    public static async Task<List<Result>> AlternatingIdleAsync(Timings timings, IReadOnlyList<(string Name, Func<Guid, Task> Send)> paths, int count, int rounds)
    {
        var ids = paths.Select(_ => new List<Guid>()).ToList();
        var elapsed = paths.Select(_ => TimeSpan.Zero).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var path = 0; path < paths.Count; path++)
            {
                var clock = Stopwatch.StartNew();
                ids[path].AddRange(await SendOneByOneAsync(timings, paths[path].Send, count / rounds));
                elapsed[path] += clock.Elapsed;
            }
        }

        return [.. paths.Select((path, index) => Result.Of(path.Name, timings, ids[index], ids[index].Count / elapsed[index].TotalSeconds))];
    }

    private static async Task<List<Guid>> SendOneByOneAsync(Timings timings, Func<Guid, Task> send, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            await send(id);
            await timings.WhenConsumedAsync(id, ArrivalTimeout).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await Task.Delay(5);
        }

        return ids;
    }

    /// <summary>
    /// Starts a send every 1/<paramref name="rate"/> s for <paramref name="duration"/>, without
    /// waiting for the previous ones (an open loop: a slow path makes latency grow, not the rate
    /// fall); the first second warms up and is not counted.
    /// </summary>
    public static async Task<Result> SteadyAsync(string name, Timings timings, Func<Guid, Task> send, int rate, TimeSpan duration)
    {
        var counted = new List<Guid>();
        var sends = new List<Task>();
        var clock = Stopwatch.StartNew();
        var total = (int)(rate * duration.TotalSeconds);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var id = Guid.NewGuid();
            if (due >= TimeSpan.FromSeconds(1))
            {
                counted.Add(id);
            }

            sends.Add(Task.Run(() => send(id)));
        }

        var offered = total / clock.Elapsed.TotalSeconds;
        await Task.WhenAll(sends);
        await Task.WhenAll(counted.Select(id => timings.WhenConsumedAsync(id, ArrivalTimeout).ContinueWith(_ => { }, TaskScheduler.Default)));
        return Result.Of(name, timings, counted, offered);
    }

    public sealed record Result(string Name, int Count, int Lost, double P50, double P99, double Max, double Rate)
    {
        public static Result Of(string name, Timings timings, IReadOnlyCollection<Guid> ids, double rate)
        {
            var (latencies, lost) = timings.Latencies(ids);
            latencies.Sort();
            return new Result(name, ids.Count, lost, Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.LastOrDefault(), rate);
        }

        public static string Header => $"{"path",-42} {"messages",8} {"lost",5} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"sent/s",8}";

        public override string ToString() => $"{Name,-42} {Count,8} {Lost,5} {P50,8:0.00} {P99,8:0.00} {Max,8:0.00} {Rate,8:0}";

        private static double Percentile(List<double> sorted, double quantile) =>
            sorted.Count == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(sorted.Count * quantile) - 1)];
    }
}
