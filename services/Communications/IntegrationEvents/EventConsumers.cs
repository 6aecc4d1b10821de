using Communications.Audiences;
using Communications.Domain.Subscriptions;
using Communications.Notifications;
using MassTransit;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Text;

namespace Communications.IntegrationEvents;

/// <summary>
/// Lists each published event in the programme of the commune where it takes place and in its
/// calendar programme's brochure, and tells its organiser it is public.
/// </summary>
public sealed class EventPublishedConsumer(ProgrammeEntries entries, AudienceResolver audiences, Notifier notifier) : IConsumer<EventPublished>
{
    public async Task Consume(ConsumeContext<EventPublished> context)
    {
        var message = context.Message;
        await entries.RecordAsync(EntryNews.From(message), context.CancellationToken);
        await notifier.NotifyAsync(NotificationTemplates.EventPublished, $"{message.EventId:N}",
            await audiences.ActorAsync(message.OrganiserId, context.CancellationToken), new Dictionary<string, string>
            {
                ["event.title"] = message.Title,
                ["event.starts_at"] = FrenchFormat.DateAndTime(message.StartsAt),
            }, unsubscribable: false, context.CancellationToken);
    }
}

/// <summary>Keeps a listed event as the calendar edits it: times, place, partners, programme.</summary>
public sealed class EventUpdatedConsumer(ProgrammeEntries entries) : IConsumer<EventUpdated>
{
    public Task Consume(ConsumeContext<EventUpdated> context) => entries.RecordAsync(EntryNews.From(context.Message), context.CancellationToken);
}

/// <summary>A cancelled event leaves the programmes and brochures, and reaches the citizens who subscribed to its news.</summary>
public sealed class EventCancelledConsumer(ProgrammeEntries entries, AudienceResolver audiences, Notifier notifier) : IConsumer<EventCancelled>
{
    public async Task Consume(ConsumeContext<EventCancelled> context)
    {
        var message = context.Message;
        await entries.CancelAsync(message, context.CancellationToken);
        var subscribers = await audiences.SubscribersOfAsync(SubscriptionTopic.ForEvent(message.EventId), context.CancellationToken);
        await notifier.NotifyAsync(NotificationTemplates.EventCancelled, $"{message.EventId:N}", subscribers, new Dictionary<string, string>
        {
            ["event.title"] = message.Title,
            ["event.starts_at"] = FrenchFormat.DateAndTime(message.StartsAt),
            ["reason"] = message.Reason,
        }, unsubscribable: true, context.CancellationToken);
    }
}
