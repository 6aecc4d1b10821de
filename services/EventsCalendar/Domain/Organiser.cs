namespace EventsCalendar.Domain;

/// <summary>
/// What the calendar knows of an actor of the directory, kept up to date from the directory's
/// integration events: enough to accept or refuse an event and to name its organiser.
/// </summary>
public sealed class Organiser
{
    private Organiser()
    {
    }

    public Organiser(Guid actorId, string name, string territoryCode, bool isActive, DateTimeOffset updatedAt)
    {
        ActorId = actorId;
        Name = name;
        TerritoryCode = territoryCode;
        IsActive = isActive;
        UpdatedAt = updatedAt.ToUniversalTime();
    }

    public Guid ActorId { get; private set; }

    public string Name { get; private set; } = "";

    public string TerritoryCode { get; private set; } = "";

    public bool IsActive { get; private set; }

    /// <summary>When the directory stated these facts; older news never overwrites newer.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Takes the directory's newer facts; an older, late-delivered message changes nothing.</summary>
    public void Apply(string name, string territoryCode, bool isActive, DateTimeOffset statedAt)
    {
        if (statedAt < UpdatedAt)
        {
            return;
        }

        Name = name;
        TerritoryCode = territoryCode;
        IsActive = isActive;
        UpdatedAt = statedAt.ToUniversalTime();
    }
}
