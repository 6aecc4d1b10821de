using PublicSite.Apis;
using Ssi.ServiceDefaults.Text;

namespace PublicSite.Site;

/// <summary>A day of a programme and the events on it.</summary>
public sealed record ProgrammeDay(DateOnly Day, IReadOnlyList<CalendarEvent> Events)
{
    /// <summary>
    /// Groups events under the day they next happen on, from <paramref name="from"/>: an
    /// exhibition open all week shows once, on its first day in view.
    /// </summary>
    public static IReadOnlyList<ProgrammeDay> Of(IEnumerable<CalendarEvent> events, DateTimeOffset? from)
    {
        var firstDay = from is { } start ? FrenchFormat.ParisDay(start) : DateOnly.MinValue;
        return
        [
            .. events
                .Where(e => e.Slots.Count > 0)
                .GroupBy(e => Later(FrenchFormat.ParisDay((NextSlot(e, from) ?? e.Slots[0]).StartsAt), firstDay))
                .Select(day => new ProgrammeDay(day.Key, [.. day]))
                .OrderBy(day => day.Day),
        ];
    }

    /// <summary>The first slot not cancelled that still runs at <paramref name="from"/>.</summary>
    public static Slot? NextSlot(CalendarEvent e, DateTimeOffset? from) =>
        e.Upcoming.FirstOrDefault(slot => from is null || slot.EndsAt >= from) ?? e.Upcoming.FirstOrDefault();

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
