namespace EventsCalendar.Domain.Events;

/// <summary>
/// The documents' rule of the week: local events complement each other rather than compete. Two
/// events compete when some of their slots overlap and they address a shared audience with the
/// same kind of event or a shared theme; two events in one venue at overlapping times cannot both
/// happen, whatever they are.
/// </summary>
public static class Complementarity
{
    public static bool Overlap(CalendarEvent one, CalendarEvent other) =>
        one.Slots.Where(slot => !slot.IsCancelled).Any(slot => other.Slots.Any(theirs =>
            !theirs.IsCancelled && theirs.StartsAt < slot.EndsAt && slot.StartsAt < theirs.EndsAt));

    public static bool Compete(CalendarEvent one, CalendarEvent other) =>
        one.Audiences.Intersect(other.Audiences).Any()
        && (one.Kind == other.Kind || one.Themes.Intersect(other.Themes, StringComparer.OrdinalIgnoreCase).Any());

    public static bool ShareVenue(CalendarEvent one, CalendarEvent other) => one.VenueId is { } venue && venue == other.VenueId;
}
