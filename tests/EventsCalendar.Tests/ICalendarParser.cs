using System.Diagnostics;
using System.Text.Json;

namespace EventsCalendar.Tests;

/// <summary>
/// Reads a feed with Python's icalendar (Debian's python3-icalendar), a parser that shares no
/// code with Ical.Net, which writes the feeds: what it understands is what a calendar client gets.
/// </summary>
internal static class ICalendarParser
{
    private const string Script = """
        import json, sys
        from icalendar import Calendar
        raw = sys.stdin.buffer.read()
        calendar = Calendar.from_ical(raw)
        def text(value):
            return None if value is None else str(value)
        events = []
        for component in calendar.walk('VEVENT'):
            start = component.decoded('DTSTART')
            end = component.decoded('DTEND')
            events.append({
                'uid': text(component.get('UID')),
                'sequence': int(component.get('SEQUENCE', 0)),
                'status': text(component.get('STATUS')),
                'summary': text(component.get('SUMMARY')),
                'description': text(component.get('DESCRIPTION')),
                'location': text(component.get('LOCATION')),
                'start': start.isoformat(),
                'end': end.isoformat(),
                'startZone': text(component['DTSTART'].params.get('TZID')),
                'stamp': component.decoded('DTSTAMP').isoformat(),
            })
        zones = [text(zone.get('TZID')) for zone in calendar.walk('VTIMEZONE')]
        lines = raw.decode('utf-8').split('\r\n')
        print(json.dumps({
            'name': text(calendar.get('X-WR-CALNAME')),
            'zones': zones,
            'events': events,
            'longestLine': max(len(line.encode('utf-8')) for line in lines),
            'bareLineFeeds': raw.count(b'\n') - raw.count(b'\r\n'),
        }))
        """;

    public static async Task<ParsedCalendar> ParseAsync(string ics)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var python = Process.Start(start)!;
        await python.StandardInput.BaseStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(ics), TestContext.Current.CancellationToken);
        python.StandardInput.Close();
        var output = await python.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await python.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await python.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(python.ExitCode == 0, $"python3-icalendar could not read the feed: {errors}");
        return JsonSerializer.Deserialize<ParsedCalendar>(output, JsonSerializerOptions.Web)!;
    }
}

internal sealed record ParsedCalendar(string? Name, IReadOnlyList<string> Zones, IReadOnlyList<ParsedEvent> Events, int LongestLine, int BareLineFeeds);

internal sealed record ParsedEvent(
    string Uid, int Sequence, string? Status, string? Summary, string? Description, string? Location,
    DateTimeOffset Start, DateTimeOffset End, string? StartZone, DateTimeOffset Stamp);
