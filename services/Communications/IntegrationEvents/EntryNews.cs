using Ssi.Contracts.EventsCalendar;

namespace Communications.IntegrationEvents;

/// <summary>What the calendar states about a public event, from its publication or an update.</summary>
public sealed record EntryNews(
    Guid EventId, string TerritoryCode, Guid? ProgrammeId, string Title, string? Summary, string OrganiserName, string? Venue,
    EventPlace? Place, string Status, IReadOnlyList<string> Accessibility, IReadOnlyList<string> Partners,
    IReadOnlyList<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> Slots, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset StatedAt)
{
    public static EntryNews From(EventPublished message) =>
        From(message.EventId, message.TerritoryCode, message.Title, message.OrganiserName, message.Venue, message.StartsAt, message.EndsAt,
            message.Details, message.OccurredAt);

    public static EntryNews From(EventUpdated message) =>
        From(message.EventId, message.TerritoryCode, message.Title, message.OrganiserName, message.Venue, message.StartsAt, message.EndsAt,
            message.Details, message.OccurredAt);

    /// <remarks>Messages from before <see cref="EventDetails"/> existed, or before its later members, state less: one slot, no programme.</remarks>
    private static EntryNews From(Guid eventId, string territoryCode, string title, string organiserName, string? venue,
        DateTimeOffset startsAt, DateTimeOffset endsAt, EventDetails? details, DateTimeOffset occurredAt)
    {
        IReadOnlyList<(DateTimeOffset, DateTimeOffset)> slots = details is null
            ? [(startsAt, endsAt)]
            : [.. details.Slots.Where(slot => !slot.IsCancelled).Select(slot => (slot.StartsAt, slot.EndsAt))];
        var place = details?.Place is { } stated
            ? new EventPlace(StorableText.Of(stated.Name), StorableText.Of(stated.Address), StorableText.OfOptional(stated.PostalCode))
            : null;
        return new(eventId, territoryCode, details?.ProgrammeId, StorableText.Of(title), StorableText.OfOptional(details?.Summary),
            StorableText.Of(organiserName), StorableText.OfOptional(venue), place, details?.Status ?? "scheduled",
            [.. (details?.Accessibility ?? []).Select(StorableText.Of)], [.. (details?.Partners ?? []).Select(partner => StorableText.Of(partner.Name))],
            slots, startsAt, endsAt, occurredAt);
    }
}
