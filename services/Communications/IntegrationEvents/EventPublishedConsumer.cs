using Communications.Audiences;
using Communications.Data;
using Communications.Domain;
using Communications.Notifications;
using MassTransit;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Text;

namespace Communications.IntegrationEvents;

/// <summary>Adds each published event to the programme of the commune where it takes place, and tells its organiser it is public.</summary>
public sealed class EventPublishedConsumer(CommunicationsDbContext db, AudienceResolver audiences, Notifier notifier) : IConsumer<EventPublished>
{
    public async Task Consume(ConsumeContext<EventPublished> context)
    {
        var message = context.Message;
        if (await db.ProgrammeEntries.FindAsync([message.EventId], context.CancellationToken) is null)
        {
            db.ProgrammeEntries.Add(new ProgrammeEntry(message.EventId, message.TerritoryCode, message.Title, message.OrganiserName,
                message.Venue, message.StartsAt, message.EndsAt, message.OccurredAt));
            await db.SaveChangesAsync(context.CancellationToken);
        }

        await notifier.NotifyAsync(NotificationTemplates.EventPublished, $"{message.EventId:N}",
            await audiences.ActorAsync(message.OrganiserId, context.CancellationToken), new Dictionary<string, string>
            {
                ["event.title"] = message.Title,
                ["event.starts_at"] = FrenchFormat.DateAndTime(message.StartsAt),
            }, unsubscribable: false, context.CancellationToken);
    }
}
