using Communications.Data;
using Communications.Domain;
using MassTransit;
using Ssi.Contracts.EventsCalendar;

namespace Communications.IntegrationEvents;

/// <summary>Adds each published event to the programme of the commune where it takes place.</summary>
public sealed class EventPublishedConsumer(CommunicationsDbContext db) : IConsumer<EventPublished>
{
    public async Task Consume(ConsumeContext<EventPublished> context)
    {
        var message = context.Message;
        if (await db.ProgrammeEntries.FindAsync([message.EventId], context.CancellationToken) is not null)
        {
            return;
        }

        db.ProgrammeEntries.Add(new ProgrammeEntry(message.EventId, message.TerritoryCode, message.Title, message.OrganiserName,
            message.Venue, message.StartsAt, message.EndsAt, message.OccurredAt));
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
