using EventsCalendar.Domain.Events;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Publishing;
using Ssi.ServiceDefaults.Time;

namespace EventsCalendar.Feeds;

/// <summary>A programme as a spreadsheet for the coordinators who print or mail it (<see cref="CsvExport"/>); one row per event.</summary>
public static class EventCsv
{
    private static readonly string[] Header =
    [
        "id", "title", "kind", "status", "organiser", "organiserId", "partnerIds", "venue", "communeCode", "epciCode", "departmentCode", "regionCode",
        "startsAt", "endsAt", "slots", "audiences", "accessibility", "themes", "languages", "isFree", "priceDetails",
        "registrationUrl", "registrationEmail", "registrationPhone", "capacity", "onlineUrl", "summary", "url", "updatedAt",
    ];

    public static Task WriteAsync(Stream body, IEnumerable<PublishedEvent> events, CancellationToken cancellationToken) =>
        CsvExport.WriteAsync(body, Header, events.ToAsyncEnumerable(), Row, cancellationToken);

    private static string?[] Row(PublishedEvent published)
    {
        var e = published.Event;
        return
        [
            e.Id.ToString(),
            e.Title,
            ApiEnum<EventKind>.NameOf(e.Kind),
            ApiEnum<EventStatus>.NameOf(e.Status),
            published.Organiser?.Name,
            e.OrganiserId.ToString(),
            string.Join(CsvExport.ListSeparator, e.PartnerIds),
            published.Place,
            e.Location.CommuneCode,
            e.Location.EpciCode,
            e.Location.DepartmentCode,
            e.Location.RegionCode,
            Local(e.StartsAt),
            Local(e.EndsAt),
            string.Join(CsvExport.ListSeparator, published.ActiveSlots.Select(slot => $"{Local(slot.StartsAt)}/{Local(slot.EndsAt)}")),
            string.Join(CsvExport.ListSeparator, e.Audiences.Select(ApiEnum<Audience>.NameOf)),
            string.Join(CsvExport.ListSeparator, e.Accessibility.Select(ApiEnum<Accessibility>.NameOf)),
            string.Join(CsvExport.ListSeparator, e.Themes),
            string.Join(CsvExport.ListSeparator, e.Languages),
            e.IsFree ? "true" : "false",
            e.PriceDetails,
            e.Registration.Url,
            e.Registration.Email,
            e.Registration.Phone,
            e.Registration.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            e.OnlineUrl,
            e.Summary,
            published.Page.ToString(),
            CsvExport.Timestamp(e.UpdatedAt),
        ];
    }

    /// <summary>Paris wall-clock time with its offset, as a French reader expects it.</summary>
    private static string Local(DateTimeOffset instant) => ParisTime.ToParis(instant).ToString("yyyy-MM-dd'T'HH:mmzzz", System.Globalization.CultureInfo.InvariantCulture);
}
