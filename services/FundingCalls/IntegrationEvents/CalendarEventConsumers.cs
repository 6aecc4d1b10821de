using FundingCalls.Data;
using MassTransit;
using Ssi.Contracts.EventsCalendar;

namespace FundingCalls.IntegrationEvents;

/// <summary>Learns of published events, which applications may then fund.</summary>
public sealed class EventPublishedConsumer(FundingDbContext db) : IConsumer<EventPublished>
{
    public Task Consume(ConsumeContext<EventPublished> context)
    {
        var message = context.Message;
        return CalendarEvents.RecordAsync(db, new CalendarEventNews(message.EventId, message.OrganiserId, message.Details?.PartnerIds ?? [],
            message.Title, message.TerritoryCode, message.StartsAt, message.EndsAt, message.Details?.Status == "cancelled",
            message.Details?.Sequence ?? 0, message.OccurredAt), context.CancellationToken);
    }
}

/// <summary>Keeps an event's times, place and partners as the calendar edits it.</summary>
public sealed class EventUpdatedConsumer(FundingDbContext db) : IConsumer<EventUpdated>
{
    public Task Consume(ConsumeContext<EventUpdated> context)
    {
        var message = context.Message;
        return CalendarEvents.RecordAsync(db, new CalendarEventNews(message.EventId, message.OrganiserId, message.Details.PartnerIds,
            message.Title, message.TerritoryCode, message.StartsAt, message.EndsAt, message.Details.Status == "cancelled",
            message.Details.Sequence, message.OccurredAt), context.CancellationToken);
    }
}

/// <summary>A cancelled event no longer counts for an application's eligibility.</summary>
public sealed class EventCancelledConsumer(FundingDbContext db) : IConsumer<EventCancelled>
{
    public Task Consume(ConsumeContext<EventCancelled> context)
    {
        var message = context.Message;
        return CalendarEvents.CancelAsync(db, new CalendarEventNews(message.EventId, message.OrganiserId, [], message.Title, message.TerritoryCode,
            message.StartsAt, message.StartsAt, IsCancelled: true, Sequence: 0, message.OccurredAt), context.CancellationToken);
    }
}
