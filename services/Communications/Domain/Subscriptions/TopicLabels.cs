using Communications.Data;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Territories;

namespace Communications.Domain.Subscriptions;

/// <summary>
/// Names a topic for citizens: a territory by the directory's actor for it (its town hall,
/// council...) when known, an event by its title.
/// </summary>
public sealed class TopicLabels(CommunicationsDbContext db)
{
    public async Task<string?> LabelAsync(SubscriptionTopic topic, CancellationToken cancellationToken)
    {
        if (topic.EventId is { } eventId)
        {
            return await db.ProgrammeEntries.Where(ProgrammeEntry.IsListed).Where(entry => entry.EventId == eventId).Select(entry => entry.Title).SingleOrDefaultAsync(cancellationToken);
        }

        var territory = topic.Territory!;
        var kind = territory.Kind switch
        {
            TerritoryKind.Commune => "commune",
            TerritoryKind.Epci => "epci",
            TerritoryKind.Department => "department",
            _ => "region",
        };
        var named = await db.DirectoryActors.Where(actor => actor.Kind == kind)
            .Where(territory.Includes<Ssi.DirectoryReplica.DirectoryActor>(actor => actor.Location))
            .OrderBy(actor => actor.ActorId).Select(actor => actor.Name).FirstOrDefaultAsync(cancellationToken);
        return named ?? territory.Kind switch
        {
            TerritoryKind.Commune => $"commune {territory.Code}",
            TerritoryKind.Epci => $"intercommunalité {territory.Code}",
            TerritoryKind.Department => $"département {territory.Code}",
            _ => $"région {territory.Code}",
        };
    }
}
