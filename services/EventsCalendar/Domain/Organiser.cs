using Ssi.ServiceDefaults.Territories;

namespace EventsCalendar.Domain;

/// <summary>
/// What the calendar knows of an actor of the directory, kept up to date from the directory's
/// integration events: enough to accept or refuse an event and to name its organiser. Written
/// only by <see cref="IntegrationEvents.OrganiserDirectory"/>, in SQL, newest revision winning.
/// </summary>
public sealed class Organiser
{
    private Organiser()
    {
    }

    public Guid ActorId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The commune the actor is based in and the territories above it.</summary>
    public TerritoryLocation Location { get; private set; } = null!;

    public bool IsActive { get; private set; }

    /// <summary>The directory's revision of the actor these facts come from; older news never overwrites newer.</summary>
    public long Revision { get; private set; }

    /// <summary>When the directory stated these facts.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }
}
