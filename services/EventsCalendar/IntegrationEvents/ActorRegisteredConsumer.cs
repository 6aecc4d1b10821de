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
        return OrganiserDirectory.RecordAsync(db,
            new OrganiserNews(message.ActorId, message.Revision, message.Name,
                OrganiserNews.Locate(message.TerritoryCode, message.EpciCode, message.DepartmentCode, message.RegionCode), message.Status == "active", message.OccurredAt),
            context.CancellationToken);
    }
}
