namespace Communications.Domain;

/// <summary>An event listed in the local programme of its territory, as the calendar published it.</summary>
public sealed class ProgrammeEntry
{
    private ProgrammeEntry()
    {
    }

    public ProgrammeEntry(Guid eventId, string territoryCode, string title, string organiserName, string? venue,
        DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset publishedAt)
    {
        EventId = eventId;
        TerritoryCode = territoryCode;
        Title = title;
        OrganiserName = organiserName;
        Venue = venue;
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        PublishedAt = publishedAt.ToUniversalTime();
    }

    public Guid EventId { get; private set; }

    /// <summary>INSEE code of the commune whose programme lists the event.</summary>
    public string TerritoryCode { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string OrganiserName { get; private set; } = "";

    public string? Venue { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }
}
