using Communications.Data;
using Communications.Domain.Audiences;
using Communications.Domain.Contacts;
using Communications.Domain.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Ssi.DirectoryReplica;
using Ssi.ServiceDefaults.Territories;

namespace Communications.Audiences;

/// <summary>
/// Turns an audience into the people it reaches, one per address, leaving out suppressed
/// addresses and whoever the directory's visibility and legal basis keep out of campaigns.
/// </summary>
public sealed class AudienceResolver(CommunicationsDbContext db)
{
    public async Task<List<Recipient>> ResolveAsync(CampaignAudience audience, CancellationToken cancellationToken)
    {
        var recipients = audience switch
        {
            { Segment: { } segment } => await SegmentAsync(segment, cancellationToken),
            { Subscribers: { } territory } => await SubscribersAsync(TerritoryReference.TryParse(territory, out var reference)
                ? reference : throw new InvalidOperationException($"'{territory}' is not a territory reference."), cancellationToken),
            { ApplicantsOfCall: { } callId } => await ActorsAsync(
                db.FundingApplications.Where(application => application.CallId == callId).Select(application => application.ApplicantId),
                campaignOnly: false, cancellationToken),
            _ => [],
        };
        return await WithoutSuppressedAsync(recipients, cancellationToken);
    }

    /// <summary>Who writes for an actor about its own business (its applications, its events): any of its contacts with an address, else its public address.</summary>
    public async Task<List<Recipient>> ActorAsync(Guid actorId, CancellationToken cancellationToken) =>
        await WithoutSuppressedAsync(await ActorsAsync(db.DirectoryActors.Where(actor => actor.ActorId == actorId).Select(actor => actor.ActorId), campaignOnly: false, cancellationToken), cancellationToken);

    /// <summary>Who a call is announced to: the active actors of its scope (with everything below it) of its eligible kinds (any when none), its funder aside.</summary>
    public async Task<List<Recipient>> EligibleForCallAsync(string scopeTerritory, IReadOnlyCollection<string> kinds, Guid funderId, CancellationToken cancellationToken)
    {
        if (!TerritoryReference.TryParse(scopeTerritory, out var scope))
        {
            return [];
        }

        var actors = db.DirectoryActors.Where(actor => actor.IsActive && actor.ActorId != funderId).Where(scope.Includes<DirectoryActor>(actor => actor.Location));
        if (kinds.Count > 0)
        {
            actors = actors.Where(actor => kinds.Contains(actor.Kind));
        }

        return await WithoutSuppressedAsync(await ActorsAsync(actors.Select(actor => actor.ActorId), campaignOnly: true, cancellationToken), cancellationToken);
    }

    /// <summary>The citizens who confirmed their subscription to exactly this topic (an event's news).</summary>
    public async Task<List<Recipient>> SubscribersOfAsync(SubscriptionTopic topic, CancellationToken cancellationToken)
    {
        var key = topic.ToString();
        return await WithoutSuppressedAsync(Subscribers(await db.Subscriptions.AsNoTracking()
            .Where(subscription => subscription.Topic == key && subscription.Status == SubscriptionStatus.Confirmed)
            .OrderBy(subscription => subscription.Id).ToListAsync(cancellationToken)), cancellationToken);
    }

    private async Task<List<Recipient>> SegmentAsync(Segment segment, CancellationToken cancellationToken)
    {
        var territory = TerritoryReference.TryParse(segment.Territory, out var reference)
            ? reference : throw new InvalidOperationException($"'{segment.Territory}' is not a territory reference.");
        var actors = db.DirectoryActors.Where(actor => actor.IsActive).Where(territory.Includes<DirectoryActor>(actor => actor.Location));
        if (segment.ActorKinds is { Count: > 0 } kinds)
        {
            actors = actors.Where(actor => kinds.Contains(actor.Kind));
        }

        if (segment.Themes is { Count: > 0 } themes)
        {
            actors = actors.Where(actor => actor.Themes.Any(theme => themes.Contains(theme)));
        }

        if (segment.CollectiveId is { } collectiveId)
        {
            actors = actors.Where(actor => db.CollectiveMemberships.Any(membership =>
                membership.CollectiveId == collectiveId && membership.ActorId == actor.ActorId && membership.IsActive));
        }

        var contacts = CampaignContacts().Join(actors, contact => contact.ActorId, actor => actor.ActorId, (contact, actor) => new { contact, actor.Name });
        if (segment.ContactFunctions is { Count: > 0 } functions)
        {
            var patterns = functions.Select(function => $"%{EscapeLike(function)}%").ToList();
            contacts = contacts.Where(row => row.contact.Function != null && patterns.Any(pattern => EF.Functions.ILike(row.contact.Function, pattern)));
        }

        var rows = await contacts.OrderBy(row => row.contact.ContactId).ToListAsync(cancellationToken);
        return [.. rows.Select(row => new Recipient($"contact:{row.contact.ContactId}", row.contact.Email!, row.contact.FullName, row.Name, row.contact.Function))];
    }

    private async Task<List<Recipient>> SubscribersAsync(TerritoryReference territory, CancellationToken cancellationToken)
    {
        var topic = SubscriptionTopic.ForTerritory(territory).ToString();
        var confirmed = db.Subscriptions.Where(subscription => subscription.Status == SubscriptionStatus.Confirmed && subscription.Territory != null);
        confirmed = territory.Kind switch
        {
            TerritoryKind.Department => confirmed.Where(subscription => subscription.DepartmentCode == territory.Code),
            TerritoryKind.Region => confirmed.Where(subscription => subscription.RegionCode == territory.Code),
            _ => confirmed.Where(subscription => subscription.Topic == topic),
        };
        return Subscribers(await confirmed.OrderBy(subscription => subscription.Id).ToListAsync(cancellationToken));
    }

    private static List<Recipient> Subscribers(IEnumerable<Subscription> subscriptions) =>
        [.. subscriptions.Select(subscription => new Recipient($"subscription:{subscription.Id}", subscription.Email, null, null, null, subscription.Id))];

    private async Task<List<Recipient>> ActorsAsync(IQueryable<Guid> actorIds, bool campaignOnly, CancellationToken cancellationToken)
    {
        var contacts = (campaignOnly ? CampaignContacts() : db.Contacts.Where(contact => contact.Email != null))
            .Where(contact => actorIds.Contains(contact.ActorId));
        var fromContacts = await contacts
            .Join(db.DirectoryActors, contact => contact.ActorId, actor => actor.ActorId, (contact, actor) => new { contact, actor.Name })
            .OrderBy(row => row.contact.ContactId)
            .ToListAsync(cancellationToken);
        var reached = fromContacts.Select(row => row.contact.ActorId).ToHashSet();
        var withoutContact = await db.DirectoryActors
            .Where(actor => actorIds.Contains(actor.ActorId) && actor.PublicEmail != null)
            .OrderBy(actor => actor.ActorId)
            .ToListAsync(cancellationToken);
        return
        [
            .. fromContacts.Select(row => new Recipient($"contact:{row.contact.ContactId}", row.contact.Email!, row.contact.FullName, row.Name, row.contact.Function)),
            .. withoutContact.Where(actor => !reached.Contains(actor.ActorId)).Select(actor => new Recipient($"actor:{actor.ActorId}", actor.PublicEmail!, null, actor.Name, null)),
        ];
    }

    private IQueryable<Contact> CampaignContacts() => db.Contacts.Where(contact => contact.Email != null
        && ContactReach.CampaignVisibilities.Contains(contact.Visibility)
        && ContactReach.CampaignLegalBases.Contains(contact.LegalBasis));

    /// <summary>One recipient per address (the first found), none that is suppressed.</summary>
    private async Task<List<Recipient>> WithoutSuppressedAsync(List<Recipient> recipients, CancellationToken cancellationToken)
    {
        var normalised = recipients.Select(recipient => recipient with { Email = recipient.Email.ToLowerInvariant() }).ToList();
        var addresses = normalised.Select(recipient => recipient.Email).Distinct().ToList();
        var suppressed = (await db.SuppressedAddresses.Where(address => addresses.Contains(address.Email)).Select(address => address.Email).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        return [.. normalised.Where(recipient => !suppressed.Contains(recipient.Email)).DistinctBy(recipient => recipient.Email)];
    }

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
}
