using EventsCalendar.Domain.Events;
using Ical.Net;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using EventStatus = EventsCalendar.Domain.Events.EventStatus;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;
using Ssi.DirectoryReplica;
using Ssi.ServiceDefaults.Time;

namespace EventsCalendar.Feeds;

/// <summary>
/// Published events as an iCalendar feed (RFC 5545, RFC 7986 names) that calendar clients
/// subscribe to. Each slot is one VEVENT whose UID is the slot's id, so a moved screening updates
/// in place; SEQUENCE is the event's; times are Europe/Paris with its VTIMEZONE; a cancelled
/// event or slot stays with STATUS:CANCELLED so subscribers see it go rather than vanish.
/// </summary>
public static class ICalendarWriter
{
    public const string MediaType = "text/calendar";
    public const string UidDomain = "calendrier.ssi";

    public static string Write(string name, IEnumerable<PublishedEvent> events)
    {
        var calendar = new Calendar { ProductId = "-//Festival des Solidarités//Calendrier SSI//FR", Method = "PUBLISH" };
        calendar.AddProperty("NAME", name);
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", ParisTime.Zone.Id);
        calendar.AddTimeZone(ParisTime.Zone.Id, new DateTime(2020, 1, 1), includeHistoricalData: false);
        foreach (var published in events)
        {
            foreach (var slot in published.Event.Slots.OrderBy(slot => slot.StartsAt))
            {
                calendar.Events.Add(ToVEvent(published, slot));
            }
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static IcalEvent ToVEvent(PublishedEvent published, EventSlot slot)
    {
        var (e, organiser, venue, _, page) = published;
        var cancelled = e.Status == EventStatus.Cancelled || slot.IsCancelled;
        var vevent = new IcalEvent
        {
            Uid = $"{slot.Id}@{UidDomain}",
            Sequence = e.Sequence,
            DtStamp = new CalDateTime(e.UpdatedAt.UtcDateTime, "UTC"),
            Created = new CalDateTime(e.CreatedAt.UtcDateTime, "UTC"),
            LastModified = new CalDateTime(e.UpdatedAt.UtcDateTime, "UTC"),
            DtStart = Paris(slot.StartsAt),
            DtEnd = Paris(slot.EndsAt),
            Summary = cancelled ? $"Annulé : {e.Title}" : e.Title,
            Description = Describe(e, organiser, page),
            Status = cancelled ? "CANCELLED" : e.Status == EventStatus.Postponed ? "TENTATIVE" : "CONFIRMED",
            Location = published.Place,
            Url = page,
            Transparency = "OPAQUE",
        };
        vevent.Categories.Add(FrenchLabels.Of(e.Kind));
        if (venue is { Latitude: { } latitude, Longitude: { } longitude })
        {
            vevent.GeographicLocation = new GeographicLocation(latitude, longitude);
        }

        return vevent;
    }

    private static string Describe(CalendarEvent e, DirectoryActor? organiser, Uri page)
    {
        var lines = new List<string>();
        if (e.Status == EventStatus.Cancelled)
        {
            lines.Add($"Annulé : {e.CancellationReason}");
        }
        else if (e.Status != EventStatus.Scheduled)
        {
            lines.Add(FrenchLabels.Of(e.Status));
        }

        if (e.Summary is not null)
        {
            lines.Add(e.Summary);
        }

        if (organiser is not null)
        {
            lines.Add($"Organisé par {organiser.Name}.");
        }

        lines.Add(e.IsFree ? "Entrée libre." : e.PriceDetails ?? "Payant.");
        if (e.Accessibility.Count > 0)
        {
            lines.Add($"Accessibilité : {string.Join(", ", e.Accessibility.Select(FrenchLabels.Of))}.");
        }

        lines.Add(page.ToString());
        return string.Join("\n", lines);
    }

    private static CalDateTime Paris(DateTimeOffset instant) =>
        new(ParisTime.ToParis(instant).DateTime, ParisTime.Zone.Id);
}
