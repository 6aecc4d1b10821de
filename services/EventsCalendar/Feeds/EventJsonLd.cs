using System.Text.Json.Serialization;
using EventsCalendar.Domain.Events;
using Ssi.ServiceDefaults.Publishing;
using Ssi.ServiceDefaults.Time;

namespace EventsCalendar.Feeds;

/// <summary>
/// An event as a schema.org <c>Event</c> in JSON-LD, for city websites to embed and search engines
/// to show. An event held several times lists each time as a <c>subEvent</c>.
/// </summary>
public sealed record EventJsonLd(
    [property: JsonPropertyName("@context")] string? Context,
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("@id")] string Id,
    string Name,
    string? Description,
    string StartDate,
    string EndDate,
    string EventStatus,
    string EventAttendanceMode,
    object? Location,
    OrganizationJsonLd? Organizer,
    IReadOnlyList<OrganizationJsonLd>? Funder,
    string? Image,
    bool IsAccessibleForFree,
    IReadOnlyList<string>? InLanguage,
    string? Keywords,
    string Url,
    IReadOnlyList<EventJsonLd>? SubEvent)
{
    public static EventJsonLd From(PublishedEvent published, bool withContext = true)
    {
        var e = published.Event;
        var slots = published.ActiveSlots.ToList();
        var venue = published.Venue;
        object? location = venue is null
            ? e.OnlineUrl is null ? null : new VirtualLocationJsonLd("VirtualLocation", e.OnlineUrl)
            : new PlaceJsonLd("Place", venue.Name, new PostalAddressJsonLd("PostalAddress", venue.Address, venue.PostalCode, null, "FR"),
                venue.Latitude is { } latitude ? new GeoCoordinatesJsonLd("GeoCoordinates", latitude, venue.Longitude!.Value) : null);
        return new EventJsonLd(
            withContext ? JsonLd.Context : null,
            "Event",
            published.Page.ToString(),
            e.Title,
            e.Summary,
            Local(e.StartsAt),
            Local(e.EndsAt),
            $"https://schema.org/{StatusOf(e.Status)}",
            $"https://schema.org/{ModeOf(e.AttendanceMode)}",
            location,
            published.Organiser is { } organiser ? new OrganizationJsonLd("Organization", organiser.Name) : null,
            published.Supports.Count > 0 ? [.. published.Supports.Select(support => support.FunderName).Distinct().Select(name => new OrganizationJsonLd("Organization", name))] : null,
            e.ImageUrl,
            e.IsFree,
            e.Languages.Count > 0 ? e.Languages : null,
            e.Themes.Count > 0 ? string.Join(", ", e.Themes.Prepend(FrenchLabels.Of(e.Kind))) : FrenchLabels.Of(e.Kind),
            published.Page.ToString(),
            slots.Count > 1
                ? slots.Select(slot => new EventJsonLd(null, "Event", $"{published.Page}#{slot.Id}", e.Title, null, Local(slot.StartsAt), Local(slot.EndsAt),
                    $"https://schema.org/{StatusOf(e.Status)}", $"https://schema.org/{ModeOf(e.AttendanceMode)}", location, null, null, null, e.IsFree, null, null,
                    published.Page.ToString(), null)).ToList()
                : null);
    }

    private static string StatusOf(Domain.Events.EventStatus status) => status switch
    {
        Domain.Events.EventStatus.Cancelled => "EventCancelled",
        Domain.Events.EventStatus.Postponed => "EventPostponed",
        Domain.Events.EventStatus.Rescheduled => "EventRescheduled",
        _ => "EventScheduled",
    };

    private static string ModeOf(AttendanceMode mode) => mode switch
    {
        AttendanceMode.Online => "OnlineEventAttendanceMode",
        AttendanceMode.Mixed => "MixedEventAttendanceMode",
        _ => "OfflineEventAttendanceMode",
    };

    private static string Local(DateTimeOffset instant) =>
        ParisTime.ToParis(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A programme's events as a schema.org <c>ItemList</c>.</summary>
public sealed record EventListJsonLd(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("@type")] string Type,
    string Name,
    IReadOnlyList<ListItemJsonLd> ItemListElement)
{
    public static EventListJsonLd From(string name, IEnumerable<PublishedEvent> events) =>
        new(JsonLd.Context, "ItemList", name,
            events.Select((published, index) => new ListItemJsonLd("ListItem", index + 1, EventJsonLd.From(published, withContext: false))).ToList());
}

public sealed record ListItemJsonLd([property: JsonPropertyName("@type")] string Type, int Position, EventJsonLd Item);

public sealed record PlaceJsonLd([property: JsonPropertyName("@type")] string Type, string Name, PostalAddressJsonLd Address, GeoCoordinatesJsonLd? Geo);

public sealed record GeoCoordinatesJsonLd([property: JsonPropertyName("@type")] string Type, double Latitude, double Longitude);

public sealed record VirtualLocationJsonLd([property: JsonPropertyName("@type")] string Type, string Url);

public sealed record OrganizationJsonLd([property: JsonPropertyName("@type")] string Type, string Name);
