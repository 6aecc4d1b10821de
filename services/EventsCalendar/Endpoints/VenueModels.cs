using System.ComponentModel.DataAnnotations;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Venues;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace EventsCalendar.Endpoints;

/// <param name="CommuneCode">INSEE code of its commune (64129 for Billère).</param>
/// <param name="OfferId">The directory's offer of this room, when a member lends it for the week.</param>
public sealed record VenueRequest(
    [property: Required, StringLength(Venue.NameMaxLength, MinimumLength = 2), VisibleText, PlainText] string Name,
    [property: Required, StringLength(Venue.AddressMaxLength, MinimumLength = 3), VisibleText(3), PlainText] string Address,
    [property: RegularExpression("^[0-9]{5}$", ErrorMessage = "A French postal code has 5 digits (e.g. 64140).")] string? PostalCode,
    [property: Required] string CommuneCode,
    [property: Range(-90.0, 90.0)] double? Latitude = null,
    [property: Range(-180.0, 180.0)] double? Longitude = null,
    IReadOnlyList<Accessibility>? Accessibility = null,
    [property: Range(1, 1_000_000)] int? Capacity = null,
    Guid? OfferId = null);

public sealed record VenueResponse(
    Guid Id,
    string Name,
    string Address,
    string? PostalCode,
    TerritoryResponse Territory,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<Accessibility> Accessibility,
    int? Capacity,
    Guid? OfferId)
{
    public static VenueResponse From(Venue venue) => new(
        venue.Id, venue.Name, venue.Address, venue.PostalCode,
        TerritoryResponse.From(venue.Location),
        venue.Latitude, venue.Longitude, venue.Accessibility, venue.Capacity, venue.OfferId);
}
