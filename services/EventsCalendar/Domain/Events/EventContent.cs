namespace EventsCalendar.Domain.Events;

/// <summary>
/// Everything an organiser writes about an event, checked: what an edit replaces and what a
/// revision keeps. Slots are instants in chronological order, none overlapping another.
/// </summary>
public sealed record EventContent(
    string Title,
    string? Summary,
    string? Description,
    EventKind Kind,
    IReadOnlyList<Audience> Audiences,
    int? MinimumAge,
    int? MaximumAge,
    IReadOnlyList<Accessibility> Accessibility,
    AttendanceMode AttendanceMode,
    string? OnlineUrl,
    Guid? VenueId,
    Guid? ProgrammeId,
    IReadOnlyList<Guid> PartnerIds,
    IReadOnlyList<SlotTimes> Slots,
    IReadOnlyList<string> Themes,
    bool IsFree,
    string? PriceDetails,
    Registration Registration,
    string? ImageUrl,
    string? ImageAlt,
    IReadOnlyList<string> Languages,
    EventStatus Status);

/// <summary>How to register: any of a link, an e-mail address, a phone number, and the places available.</summary>
/// <param name="ContactId">The directory contact whose e-mail address or phone number these are: erased with them.</param>
public sealed record Registration(string? Url, string? Email, string? Phone, int? Capacity, Guid? ContactId = null)
{
    public static Registration None { get; } = new(null, null, null, null);

    /// <summary>The same registration without the person's e-mail address and phone number.</summary>
    public Registration WithoutContact() => this with { Email = null, Phone = null, ContactId = null };
}
