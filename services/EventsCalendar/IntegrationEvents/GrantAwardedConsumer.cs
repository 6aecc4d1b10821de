using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.FundingCalls;
using Ssi.ServiceDefaults.Data;

namespace EventsCalendar.IntegrationEvents;

/// <summary>
/// A grant funds some of the calendar's events: they show their funder ("soutenu par ..."), and
/// public ones are marked updated for caches and the changes feed. Events the calendar does not
/// hold are skipped; a grant announced twice is recorded once.
/// </summary>
public sealed class GrantAwardedConsumer(CalendarDbContext db, TimeProvider clock) : IConsumer<GrantAwarded>
{
    public async Task Consume(ConsumeContext<GrantAwarded> context)
    {
        var grant = context.Message;
        var cancellationToken = context.CancellationToken;
        var known = await db.Supports.Where(support => support.GrantId == grant.GrantId).Select(support => support.EventId).ToListAsync(cancellationToken);
        var events = await db.Events.Where(e => grant.EventIds.Contains(e.Id) && !known.Contains(e.Id)).ToListAsync(cancellationToken);
        var now = clock.GetDatabaseNow();
        foreach (var calendarEvent in events)
        {
            db.Supports.Add(new EventSupport(calendarEvent.Id, grant.GrantId, grant.FunderId, grant.FunderName, grant.DeliberationNumber, grant.OccurredAt));
            calendarEvent.MarkSupported(now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
