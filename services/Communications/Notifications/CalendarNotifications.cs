using Communications.Audiences;
using Communications.Data;
using Communications.Domain.Audiences;
using Communications.Domain.Subscriptions;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Text;

namespace Communications.Notifications;

/// <summary>A refused event's organiser hears the coordinator's reason.</summary>
public sealed class EventRefusedConsumer(AudienceResolver audiences, Notifier notifier) : IConsumer<EventRefused>
{
    public async Task Consume(ConsumeContext<EventRefused> context)
    {
        var message = context.Message;
        await notifier.NotifyAsync(NotificationTemplates.EventRefused, $"{message.EventId:N}:{message.OccurredAt.UtcTicks}",
            await audiences.ActorAsync(message.OrganiserId, context.CancellationToken), new Dictionary<string, string>
            {
                ["event.title"] = message.Title,
                ["reason"] = message.Reason,
            }, unsubscribable: false, context.CancellationToken);
    }
}

/// <summary>A cancelled event reaches the citizens who subscribed to its news.</summary>
public sealed class EventCancelledConsumer(CommunicationsDbContext db, Notifier notifier) : IConsumer<EventCancelled>
{
    public async Task Consume(ConsumeContext<EventCancelled> context)
    {
        var message = context.Message;
        var topic = SubscriptionTopic.ForEvent(message.EventId).ToString();
        var subscribers = await db.Subscriptions.AsNoTracking()
            .Where(subscription => subscription.Topic == topic && subscription.Status == SubscriptionStatus.Confirmed)
            .OrderBy(subscription => subscription.Id)
            .Select(subscription => new Recipient("subscription:" + subscription.Id, subscription.Email, null, null, null, subscription.Id))
            .ToListAsync(context.CancellationToken);
        await notifier.NotifyAsync(NotificationTemplates.EventCancelled, $"{message.EventId:N}", subscribers, new Dictionary<string, string>
        {
            ["event.title"] = message.Title,
            ["event.starts_at"] = FrenchFormat.DateAndTime(message.StartsAt),
            ["reason"] = message.Reason,
        }, unsubscribable: true, context.CancellationToken);
    }
}
