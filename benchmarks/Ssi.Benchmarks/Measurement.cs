using System.Globalization;
using System.Net;

namespace Ssi.Benchmarks;

/// <summary>The latencies, failures and response sizes of one scenario.</summary>
public sealed class Measurement(string scenario)
{
    private readonly List<double> _milliseconds = [];
    private readonly List<long> _bytes = [];
    private readonly Dictionary<HttpStatusCode, int> _failures = [];
    private readonly Lock _lock = new();

    public string Scenario { get; } = scenario;

    public TimeSpan Elapsed { get; set; }

    /// <summary>Set when the scenario could not run as written (e.g. the endpoint does not exist).</summary>
    public string? Note { get; set; }

    public int Count => _milliseconds.Count;

    public bool WasRateLimited => _failures.ContainsKey(HttpStatusCode.TooManyRequests);

    /// <param name="bytes">The body as received: compressed when the server compressed it (the client never decompresses).</param>
    public void Record(TimeSpan latency, HttpStatusCode status, long bytes)
    {
        lock (_lock)
        {
            _milliseconds.Add(latency.TotalMilliseconds);
            _bytes.Add(bytes);
            if ((int)status >= 400)
            {
                _failures[status] = _failures.GetValueOrDefault(status) + 1;
            }
        }
    }

    public static string Header =>
        $"{"scenario",-30} {"requests",8} {"errors",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"req/s",8} {"bytes",9}";

    public override string ToString()
    {
        if (Count == 0)
        {
            return $"{Scenario,-30} {"-",8}  {Note}";
        }

        var sorted = _milliseconds.Order().ToArray();
        var errors = _failures.Values.Sum();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{Scenario,-30} {Count,8} {errors,7} {Percentile(sorted, 50),8:0.0} {Percentile(sorted, 95),8:0.0} {Percentile(sorted, 99),8:0.0} {sorted[^1],8:0.0} {Count / Elapsed.TotalSeconds,8:0.0} {_bytes.Order().ElementAt(_bytes.Count / 2),9}");
        if (errors > 0)
        {
            line += "  (" + string.Join(", ", _failures.Select(failure => $"{(int)failure.Key}×{failure.Value}")) + ")";
        }

        return Note is null ? line : $"{line}  {Note}";
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(double[] sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
