using System.Globalization;
using System.Text.RegularExpressions;

namespace Ssi.ServiceDefaults.Time;

/// <summary>
/// The platform lives in France's legal time: a time written without an offset (an event's slot,
/// a call's deadline) is a Europe/Paris wall-clock time, resolved with that day's daylight-saving rule.
/// </summary>
public static partial class ParisTime
{
    public const string Expected = "an ISO 8601 local time in Europe/Paris (2026-11-18T18:00) or an instant with its offset (2026-11-18T18:00+01:00)";

    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTimeOffset ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The day it is in Paris.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToParis(clock.GetUtcNow()).DateTime);

    /// <summary>Midnight at the start of <paramref name="day"/> in Paris (no French clock change happens at midnight).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    /// <returns>Why <paramref name="text"/> is not a time, or null with the instant it names.</returns>
    /// <remarks>
    /// A wall-clock time skipped when the clocks go forward (02:30 on the last Sunday of March)
    /// names no instant and is refused; one lived twice when they go back (02:30 on the last
    /// Sunday of October) is the first of the two, still in summer time.
    /// </remarks>
    public static string? TryRead(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is null)
        {
            return $"A time is required: {Expected}.";
        }

        if (Offset().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant)
                ? null
                : $"'{text}' is not {Expected}.";
        }

        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return $"'{text}' is not {Expected}.";
        }

        if (Zone.IsInvalidTime(local))
        {
            return $"{text} does not exist in Europe/Paris: the clocks go forward from 02:00 to 03:00 that night.";
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        instant = new DateTimeOffset(local, offset);
        return null;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})\z", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();
}
