using System.Globalization;
using PublicSite.Apis;

namespace PublicSite.Site;

/// <summary>Links that put an event or a whole programme into the visitor's own calendar.</summary>
public static class CalendarLinks
{
    /// <summary>The one-event iCalendar file the calendar serves through the gateway.</summary>
    public static string EventFile(Guid eventId) => $"/api/calendar/events/{eventId}/calendar.ics";

    /// <summary>Google Calendar's "add an event" form, filled in (its first slot).</summary>
    public static string GoogleEvent(CalendarEvent e, Slot slot, string pageUrl) =>
        "https://calendar.google.com/calendar/render?action=TEMPLATE"
        + $"&text={Uri.EscapeDataString(e.Title)}"
        + $"&dates={Utc(slot.StartsAt)}/{Utc(slot.EndsAt)}"
        + $"&details={Uri.EscapeDataString($"{e.Summary}\n{pageUrl}".Trim())}"
        + (Place(e) is { } place ? $"&location={Uri.EscapeDataString(place)}" : "");

    /// <summary>Outlook's "new event" form, filled in (its first slot).</summary>
    public static string OutlookEvent(CalendarEvent e, Slot slot, string pageUrl) =>
        "https://outlook.live.com/calendar/0/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose&rru=addevent"
        + $"&subject={Uri.EscapeDataString(e.Title)}"
        + $"&startdt={Uri.EscapeDataString(slot.StartsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))}"
        + $"&enddt={Uri.EscapeDataString(slot.EndsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))}"
        + $"&body={Uri.EscapeDataString(pageUrl)}"
        + (Place(e) is { } place ? $"&location={Uri.EscapeDataString(place)}" : "");

    /// <summary>A feed address as calendar applications subscribe to it (<c>webcal://</c>).</summary>
    public static string Webcal(string feedUrl) => "webcal://" + feedUrl[(feedUrl.IndexOf("://", StringComparison.Ordinal) + 3)..];

    /// <summary>Google Calendar's "subscribe to a calendar by URL".</summary>
    public static string GoogleSubscription(string feedUrl) => $"https://calendar.google.com/calendar/r?cid={Uri.EscapeDataString(Webcal(feedUrl))}";

    /// <summary>Outlook's "subscribe from the web".</summary>
    public static string OutlookSubscription(string feedUrl, string name) =>
        $"https://outlook.live.com/calendar/0/addfromweb?url={Uri.EscapeDataString(feedUrl)}&name={Uri.EscapeDataString(name)}";

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string? Place(CalendarEvent e) => e.Venue is { } venue ? $"{venue.Name}, {venue.Address}" : null;
}
