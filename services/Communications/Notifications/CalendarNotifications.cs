using Communications.Audiences;
using MassTransit;
using Ssi.Contracts.EventsCalendar;

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
