using EventsCalendar.Domain.Events;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Text;

namespace EventsCalendar.Domain.Venues;

/// <summary>
/// A place where events happen (a town hall's room, a media library, a school), registered once
/// and shared by every event held there; possibly a room a city lends through the directory.
/// </summary>
public sealed class Venue
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 300;

    private Venue()
    {
    }

    public Venue(string name, string address, string? postalCode, TerritoryLocation location, Coordinates? coordinates,
        IReadOnlyList<Accessibility> accessibility, int? capacity, Guid? offerId, string createdBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Name = name;
        Address = address;
        PostalCode = postalCode;
        Location = location;
        Latitude = coordinates?.Latitude;
        Longitude = coordinates?.Longitude;
        Accessibility = [.. accessibility];
        Capacity = capacity;
        OfferId = offerId;
        CreatedBy = createdBy;
        CreatedAt = now;
        IdentityKey = IdentityOf(name, address, location.CommuneCode);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string? PostalCode { get; private set; }

    public TerritoryLocation Location { get; private set; } = null!;

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public List<Accessibility> Accessibility { get; private set; } = [];

    public int? Capacity { get; private set; }

    /// <summary>The directory's offer of this room, when a member lends it.</summary>
    public Guid? OfferId { get; private set; }

    /// <summary>
    /// Name, address and commune as compared for de-duplication: "Salle des fêtes" at "12, rue
    /// de la Paix" and "salle des fetes" at "12 rue de la paix" in the same commune are one place.
    /// </summary>
    public string IdentityKey { get; private set; } = "";

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public static string IdentityOf(string name, string address, string communeCode) =>
        $"{communeCode}|{TextSearch.Normalize(name)}|{TextSearch.Normalize(address)}";
}

public sealed record Coordinates(double Latitude, double Longitude);
