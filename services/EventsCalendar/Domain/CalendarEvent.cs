namespace EventsCalendar.Domain;

/// <summary>An event of the week (forum, screening, school animation...) on the local calendar.</summary>
public sealed class CalendarEvent
{
    /// <summary>The first edition of the week was held in 1998; an event outside these years is a typing error.</summary>
    public const int FirstYear = 1998;

    public const int LastYear = 2100;

    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 8000;
    public const int VenueMaxLength = 300;

    private CalendarEvent()
    {
    }

    public CalendarEvent(Organiser organiser, string title, string? description, string? venue, string territoryCode,
        DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        OrganiserId = organiser.ActorId;
        OrganiserName = organiser.Name;
        Title = title;
        Description = description;
        Venue = venue;
        TerritoryCode = territoryCode;
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Status = EventStatus.Draft;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganiserId { get; private set; }

    public string OrganiserName { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public string? Venue { get; private set; }

    /// <summary>INSEE code of the commune where the event takes place.</summary>
    public string TerritoryCode { get; private set; } = "";

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public EventStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public uint Version { get; private set; }

    /// <returns>False when the event was already published.</returns>
    public bool Publish(DateTimeOffset now)
    {
        if (Status == EventStatus.Published)
        {
            return false;
        }

        Status = EventStatus.Published;
        PublishedAt = now;
        return true;
    }

    public static bool IsPlausibleDate(DateTimeOffset instant) => instant.Year is >= FirstYear and <= LastYear;
}
