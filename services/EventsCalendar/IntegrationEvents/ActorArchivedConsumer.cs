using EventsCalendar.Data;
using MassTransit;
using Ssi.Contracts.ActorDirectory;

namespace EventsCalendar.IntegrationEvents;

/// <summary>An archived actor organises nothing new: its organiser becomes inactive.</summary>
public sealed class ActorArchivedConsumer(CalendarDbContext db) : IConsumer<ActorArchived>
{
    public Task Consume(ConsumeContext<ActorArchived> context)
    {
        var message = context.Message;
        return OrganiserDirectory.RecordAsync(db,
            new OrganiserNews(message.ActorId, message.Revision, message.Name,
                OrganiserNews.Locate(message.TerritoryCode, message.EpciCode, message.DepartmentCode, message.RegionCode), IsActive: false, message.OccurredAt),
            context.CancellationToken);
    }
}
