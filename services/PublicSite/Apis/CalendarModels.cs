namespace PublicSite.Apis;

public sealed record Edition(int Year, string Name, DateOnly StartsOn, DateOnly EndsOn, string? NationalTheme);

public sealed record ActorLink(Guid Id, string Name, bool IsActive);

public sealed record Slot(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool IsCancelled);

public sealed record Venue(Guid Id, string Name, string Address, string? PostalCode, double? Latitude, double? Longitude, IReadOnlyList<string> Accessibility);

public sealed record EventPlace(string CommuneCode, string? EpciCode, string DepartmentCode, string RegionCode);

public sealed record EventRegistration(string? Url, string? Email, string? Phone, int? Capacity);

public sealed record CalendarEvent(
    Guid Id,
    ActorLink Organiser,
    IReadOnlyList<ActorLink> Partners,
    Guid? ProgrammeId,
    string Title,
    string? Summary,
    string? Description,
    string Kind,
    IReadOnlyList<string> Audiences,
    int? MinimumAge,
    int? MaximumAge,
    IReadOnlyList<string> Accessibility,
    string AttendanceMode,
    string? OnlineUrl,
    Venue? Venue,
    EventPlace Territory,
    IReadOnlyList<Slot> Slots,
    IReadOnlyList<string> Themes,
    bool IsFree,
    string? PriceDetails,
    EventRegistration Registration,
    string? ImageUrl,
    string? ImageAlt,
    IReadOnlyList<string> Languages,
    string Status,
    string? CancellationReason,
    DateTimeOffset UpdatedAt)
{
    public IEnumerable<Slot> Upcoming => Slots.Where(slot => !slot.IsCancelled).OrderBy(slot => slot.StartsAt);

    public bool IsCancelled => Status == "cancelled";
}

public sealed record Programme(Guid Id, int EditionYear, string Territory, string Name, string? LocalTheme, DateOnly StartsOn, DateOnly EndsOn);
