using Communications.Domain;

namespace Communications.Endpoints;

public sealed record ProgrammeEntryResponse(
    Guid EventId,
    string Title,
    string OrganiserName,
    string? Venue,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt)
{
    public static ProgrammeEntryResponse From(ProgrammeEntry entry) =>
        new(entry.EventId, entry.Title, entry.OrganiserName, entry.Venue, entry.StartsAt, entry.EndsAt);
}

public sealed record ProgrammeResponse(string TerritoryCode, IReadOnlyList<ProgrammeEntryResponse> Entries);
