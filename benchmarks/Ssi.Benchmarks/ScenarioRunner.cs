using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Ssi.Benchmarks;

/// <summary>Runs scenarios against the gateway, one after the other, and measures each request until its body is read.</summary>
public sealed class ScenarioRunner(HttpClient client, int warmup)
{
    // The URL of the last cursor each pages scenario reached, for the poll scenarios that continue it: past the
    // end of a feed that always answers a cursor (an empty page), or the last page of a list that stops answering one.
    private readonly Dictionary<string, string> _lastCursors = [];

    public async Task<Measurement> RunAsync(Scenario scenario, CancellationToken cancellationToken)
    {
        var measurement = new Measurement(scenario.Name);
        var started = Stopwatch.GetTimestamp();
        switch (scenario.Mode)
        {
            case ScenarioMode.Get:
                await RunGetAsync(scenario, measurement, cancellationToken);
                break;
            case ScenarioMode.Pages:
                await RunPagesAsync(scenario, measurement, cancellationToken);
                break;
            case ScenarioMode.Poll:
                await RunPollAsync(scenario, measurement, cancellationToken);
                break;
        }

        measurement.Elapsed = Stopwatch.GetElapsedTime(started);
        return measurement;
    }

    private async Task RunGetAsync(Scenario scenario, Measurement measurement, CancellationToken cancellationToken)
    {
        for (var i = 0; i < warmup; i++)
        {
            await SendAsync(scenario.Urls[i % scenario.Urls.Count], cancellationToken);
        }

        var next = -1;
        var clients = Enumerable.Range(0, scenario.Concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < scenario.Requests && !measurement.WasRateLimited)
            {
                var (latency, status, body) = await SendAsync(scenario.Urls[index % scenario.Urls.Count], cancellationToken);
                measurement.Record(latency, status, body.Length);
            }
        });
        await Task.WhenAll(clients);
        await NoteMissingEndpointAsync(scenario.Urls[0], measurement, cancellationToken);
    }

    private async Task RunPagesAsync(Scenario scenario, Measurement measurement, CancellationToken cancellationToken)
    {
        string? cursor = null;
        for (var page = 0; page < scenario.Requests; page++)
        {
            var url = cursor is null ? scenario.Urls[0] : WithCursor(scenario.Urls[0], scenario.CursorParameter, cursor);
            var (latency, status, body) = await SendAsync(url, cancellationToken);
            measurement.Record(latency, status, body.Length);
            if (status != HttpStatusCode.OK)
            {
                await NoteMissingEndpointAsync(scenario.Urls[0], measurement, cancellationToken);
                return;
            }

            _lastCursors[scenario.Name] = url;
            (cursor, var items) = ReadPage(body, scenario.CursorField);
            if (cursor is null || items == 0)
            {
                measurement.Note = $"reached the end after {page + 1} pages";
                if (cursor is not null)
                {
                    _lastCursors[scenario.Name] = WithCursor(scenario.Urls[0], scenario.CursorParameter, cursor);
                }

                return;
            }

            _lastCursors[scenario.Name] = WithCursor(scenario.Urls[0], scenario.CursorParameter, cursor);
        }

        measurement.Note = $"stopped after {scenario.Requests} pages";
    }

    private async Task RunPollAsync(Scenario scenario, Measurement measurement, CancellationToken cancellationToken)
    {
        if (!_lastCursors.TryGetValue(scenario.Urls[0], out var url))
        {
            measurement.Note = $"skipped: pages scenario '{scenario.Urls[0]}' did not run first or did not succeed";
            return;
        }

        for (var i = 0; i < scenario.Requests && !measurement.WasRateLimited; i++)
        {
            var (latency, status, body) = await SendAsync(url, cancellationToken);
            measurement.Record(latency, status, body.Length);
        }

        measurement.Note = "from the last page reached";
    }

    private async Task<(TimeSpan Latency, HttpStatusCode Status, byte[] Body)> SendAsync(string url, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (Stopwatch.GetElapsedTime(started), response.StatusCode, body);
    }

    private async Task NoteMissingEndpointAsync(string url, Measurement measurement, CancellationToken cancellationToken)
    {
        var (_, status, _) = await SendAsync(url, cancellationToken);
        if (status == HttpStatusCode.NotFound)
        {
            measurement.Note = "endpoint not found (404): not in this build";
        }
    }

    /// <summary>The next cursor and the number of items of a page (-1 when it has no <c>items</c> array).</summary>
    private static (string? Cursor, int Items) ReadPage(byte[] body, string cursorField)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var cursor = root.TryGetProperty(cursorField, out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        var items = root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : -1;
        return (cursor, items);
    }

    private static string WithCursor(string url, string parameter, string cursor) =>
        $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{parameter}={Uri.EscapeDataString(cursor)}";
}
