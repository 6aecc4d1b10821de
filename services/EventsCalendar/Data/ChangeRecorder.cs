using EventsCalendar.Domain.Changes;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Programmes;
using EventsCalendar.Domain.Venues;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Publishing;

namespace EventsCalendar.Data;

/// <summary>
/// Turns what a save changes into lines of the changes feed. The feed is public, so an event
/// appears in it only once published: a draft's edits stay private, and an event that was public
/// leaves a tombstone when it is taken down.
/// </summary>
internal static class ChangeRecorder
{
    public static void Record(CalendarDbContext db)
    {
        var now = DateTimeOffset.UtcNow;
        var records = new Dictionary<(string Type, Guid Id), CalendarChange>();
        void Add(string type, Guid id, ChangeKind kind) => records[(type, id)] = new CalendarChange(type, id, kind, now);

        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            switch (entry.Entity)
            {
                case CalendarEvent { PublishedAt: not null } taken when entry.State == EntityState.Deleted:
                    Add(CalendarChange.EventType, taken.Id, ChangeKind.Erased);
                    break;
                case CalendarEvent { IsPublic: true } calendarEvent:
                    Add(CalendarChange.EventType, calendarEvent.Id, ChangeKind.Upserted);
                    break;
                case Venue venue:
                    Add(CalendarChange.VenueType, venue.Id, ChangeKind.Upserted);
                    break;
                case Programme programme:
                    Add(CalendarChange.ProgrammeType, programme.Id, ChangeKind.Upserted);
                    break;
            }
        }

        db.Changes.AddRange(records.Values);
    }
}
