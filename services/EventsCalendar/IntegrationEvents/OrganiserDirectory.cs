using EventsCalendar.Data;
using EventsCalendar.Domain;

namespace EventsCalendar.IntegrationEvents;

/// <summary>Records what the directory states about an actor, creating the organiser on first news.</summary>
internal static class OrganiserDirectory
{
    /// <remarks>Newer-wins by the directory's own time (<see cref="Organiser.Apply"/>), so late or redelivered news changes nothing.</remarks>
    public static async Task RecordAsync(CalendarDbContext db, Guid actorId, string name, string territoryCode, bool isActive, DateTimeOffset statedAt, CancellationToken cancellationToken)
    {
        var organiser = await db.Organisers.FindAsync([actorId], cancellationToken);
        if (organiser is null)
        {
            db.Organisers.Add(new Organiser(actorId, name, territoryCode, isActive, statedAt));
        }
        else
        {
            organiser.Apply(name, territoryCode, isActive, statedAt);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
