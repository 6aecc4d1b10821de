using System.Globalization;

namespace Ssi.Benchmarks;

/// <summary>How a scenario sends its requests.</summary>
public enum ScenarioMode
{
    /// <summary>The scenario's URLs in turn, by <see cref="Scenario.Concurrency"/> parallel clients.</summary>
    Get,

    /// <summary>One page after the other, following the cursor each page returns, up to <see cref="Scenario.Requests"/> pages.</summary>
    Pages,

    /// <summary>Repeated polls from the last cursor a <see cref="ScenarioMode.Pages"/> scenario reached: "anything new?".</summary>
    Poll,
}

/// <param name="Urls">Relative to the gateway. For <see cref="ScenarioMode.Poll"/>, the name of the pages scenario to continue.</param>
/// <param name="CursorParameter">The query parameter that carries the cursor (<c>cursor</c>, <c>after</c>).</param>
/// <param name="CursorField">The JSON property of a page that holds the next cursor.</param>
public sealed record Scenario(
    string Name,
    ScenarioMode Mode,
    int Concurrency,
    int Requests,
    IReadOnlyList<string> Urls,
    string CursorParameter,
    string CursorField)
{
    /// <summary>
    /// Reads a scenario file: one request line per line, <c>mode name concurrency requests url
    /// [cursor-parameter [cursor-field]]</c>; lines sharing a name pool their URLs; <c>#</c> starts
    /// a comment.
    /// </summary>
    public static IReadOnlyList<Scenario> Parse(IEnumerable<string> lines)
    {
        var scenarios = new List<Scenario>();
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5
                || !Enum.TryParse<ScenarioMode>(fields[0], ignoreCase: true, out var mode)
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var concurrency) || concurrency < 1
                || !int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var requests) || requests < 1)
            {
                throw new FormatException($"Scenario line {lineNumber} is not 'mode name concurrency requests url [cursor-parameter [cursor-field]]': {raw}");
            }

            var scenario = new Scenario(fields[1], mode, concurrency, requests, [fields[4]],
                fields.Length > 5 ? fields[5] : "cursor", fields.Length > 6 ? fields[6] : "nextCursor");
            var index = scenarios.FindIndex(s => s.Name == scenario.Name);
            if (index < 0)
            {
                scenarios.Add(scenario);
            }
            else
            {
                scenarios[index] = scenarios[index] with { Urls = [.. scenarios[index].Urls, fields[4]] };
            }
        }

        return scenarios;
    }
}
