using EventsCalendar.Data;
using EventsCalendar.Domain;
using MassTransit;
using Ssi.Contracts.ActorDirectory;

namespace EventsCalendar.IntegrationEvents;

/// <summary>Learns of new actors so events can name them as organisers.</summary>
public sealed class ActorRegisteredConsumer(CalendarDbContext db) : IConsumer<ActorRegistered>
{
    public async Task Consume(ConsumeContext<ActorRegistered> context)
    {
        var message = context.Message;
        var isActive = message.Status == "active";
        var organiser = await db.Organisers.FindAsync([message.ActorId], context.CancellationToken);
        if (organiser is null)
        {
            db.Organisers.Add(new Organiser(message.ActorId, message.Name, message.TerritoryCode, isActive, message.OccurredAt));
        }
        else
        {
            organiser.Apply(message.Name, message.TerritoryCode, isActive, message.OccurredAt);
        }

        await db.SaveChangesAsync(context.CancellationToken);
    }
}
