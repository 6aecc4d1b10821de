namespace Ssi.Contracts.EventsCalendar;

/// <summary>An event as the calendar publishes it, carried by its lifecycle's integration events.</summary>
/// <param name="Kind">kebab-case: forum, school-animation, film-screening...</param>
/// <param name="Status">scheduled, rescheduled, postponed, full or cancelled.</param>
/// <param name="Sequence">Grows each time what a calendar shows changes; a consumer keeps the highest.</param>
/// <param name="Slots">Every time it takes place, cancelled ones included.</param>
/// <param name="Accessibility">kebab-case: wheelchair, hearing, visual, intellectual. This and the members after it are absent from older messages.</param>
/// <param name="Place">The venue, for printed programmes.</param>
/// <param name="Partners">The actors of <paramref name="PartnerIds"/>, named.</param>
public sealed record EventDetails(
    Guid? ProgrammeId,
    string Kind,
    string Status,
    string? Summary,
    Guid? VenueId,
    string? EpciCode,
    string DepartmentCode,
    string RegionCode,
    IReadOnlyList<Guid> PartnerIds,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> Themes,
    IReadOnlyList<EventSlotTimes> Slots,
    int Sequence,
    IReadOnlyList<string>? Accessibility = null,
    EventPlace? Place = null,
    IReadOnlyList<EventPartner>? Partners = null);

public sealed record EventSlotTimes(Guid SlotId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool IsCancelled);

public sealed record EventPlace(string Name, string Address, string? PostalCode);

public sealed record EventPartner(Guid ActorId, string Name);
