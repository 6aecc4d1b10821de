using EventsCalendar.Data;
using MassTransit;
using Ssi.Contracts.ActorDirectory;

namespace EventsCalendar.IntegrationEvents;

/// <summary>Learns of new actors so events can name them as organisers.</summary>
public sealed class ActorRegisteredConsumer(CalendarDbContext db) : IConsumer<ActorRegistered>
{
    public Task Consume(ConsumeContext<ActorRegistered> context)
    {
        var message = context.Message;
        return OrganiserDirectory.RecordAsync(
            db, message.ActorId, message.Name, message.TerritoryCode, message.Status == "active", message.OccurredAt, context.CancellationToken);
    }
}
