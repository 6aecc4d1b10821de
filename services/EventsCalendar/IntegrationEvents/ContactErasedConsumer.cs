using EventsCalendar.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Data;

namespace EventsCalendar.IntegrationEvents;

/// <summary>
/// A person erased from the directory leaves the calendar too: the registration e-mail address
/// and phone number of every event that named them as its contact, in the events and in every
/// revision kept of them. Public events are announced as updated.
/// </summary>
public sealed class ContactErasedConsumer(CalendarDbContext db, TimeProvider clock) : IConsumer<ContactErased>
{
    public async Task Consume(ConsumeContext<ContactErased> context)
    {
        var contactId = context.Message.ContactId;
        var cancellationToken = context.CancellationToken;
        var now = clock.GetDatabaseNow();
        var events = await db.Events.Where(e => e.Registration.ContactId == contactId).ToListAsync(cancellationToken);
        foreach (var calendarEvent in events.Where(e => e.ForgetContact(contactId, now) && e.IsPublic))
        {
            var organiser = await db.Organisers.FindAsync([calendarEvent.OrganiserId], cancellationToken);
            await db.AddUpdatedAsync(calendarEvent, organiser!, now, cancellationToken);
        }

        // In the inbox's transaction, with the events' changes and their announcements.
        await db.Database.ExecuteSqlAsync($$"""
            UPDATE event_revisions
               SET content = jsonb_set(content, '{registration}',
                   (content -> 'registration') || '{"email": null, "phone": null, "contactId": null}'::jsonb)
             WHERE content -> 'registration' ->> 'contactId' = {{contactId.ToString()}}
            """, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
