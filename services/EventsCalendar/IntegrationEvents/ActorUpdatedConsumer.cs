using EventsCalendar.Data;
using MassTransit;
using Ssi.Contracts.ActorDirectory;

namespace EventsCalendar.IntegrationEvents;

/// <summary>Keeps an organiser's name, commune and status as the directory edits the actor.</summary>
public sealed class ActorUpdatedConsumer(CalendarDbContext db) : IConsumer<ActorUpdated>
{
    public Task Consume(ConsumeContext<ActorUpdated> context)
    {
        var message = context.Message;
        return OrganiserDirectory.RecordAsync(db,
            new OrganiserNews(message.ActorId, message.Revision, message.Name,
                OrganiserNews.Locate(message.TerritoryCode, message.EpciCode, message.DepartmentCode, message.RegionCode), message.Status == "active", message.OccurredAt),
            context.CancellationToken);
    }
}
