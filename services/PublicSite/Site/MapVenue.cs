using PublicSite.Apis;

namespace PublicSite.Site;

/// <summary>A place on the programme's map, with the events held there; the same list is the map's text alternative.</summary>
public sealed record MapVenue(string Name, string Address, double Lat, double Lon, IReadOnlyList<MapEvent> Events)
{
    public static IReadOnlyList<MapVenue> Of(IEnumerable<CalendarEvent> events) =>
    [
        .. events
            .Where(e => e.Venue is { Latitude: not null, Longitude: not null })
            .GroupBy(e => e.Venue!.Id)
            .Select(held =>
            {
                var venue = held.First().Venue!;
                return new MapVenue(venue.Name, $"{venue.Address}{(venue.PostalCode is null ? "" : $" {venue.PostalCode}")}",
                    venue.Latitude!.Value, venue.Longitude!.Value, [.. held.Select(e => new MapEvent(e.Title, $"/evenements/{e.Id}"))]);
            })
            .OrderBy(venue => venue.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true)),
    ];
}

public sealed record MapEvent(string Title, string Url);
