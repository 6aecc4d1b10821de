using Communications.Data;
using Communications.Domain.Audiences;
using Communications.Domain.Campaigns;
using Communications.Domain.Senders;
using Communications.Domain.Subscriptions;
using Communications.Domain.Templates;
using Communications.Sending;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Territories;

namespace Communications.Seeding;

/// <summary>
/// The documents' common communication, replayed: Billère's collective writes to its members
/// (the collective and its members come from the directory's demo data through its integration
/// events, so the seeder waits for them), and citizens met at the discosoupe subscribed to
/// Billère's news on the stand's paper form. People are invented, at example.org. Seeding again
/// adds nothing.
/// </summary>
public sealed class DemoCommunicationsSeeder(CommunicationsDbContext db, TopicLabels labels, TimeProvider clock)
{
    public static readonly TimeSpan DefaultDirectoryWait = TimeSpan.FromMinutes(3);

    private const string BillereCode = "64129";
    private const string CampaignName = "Lettre du collectif : bilan du Festival des Solidarités 2026";

    private static readonly string[] Citizens = ["camille.laborde@example.org", "hugo.etchegaray@example.org", "manon.casenave@example.org"];

    /// <returns>Whether anything was added.</returns>
    public async Task<bool> SeedAsync(TimeSpan directoryWait, CancellationToken cancellationToken)
    {
        var collectiveId = await WaitForBillereCollectiveAsync(directoryWait, cancellationToken);
        var now = clock.GetUtcNow();
        var added = await SubscribeCitizensAsync(now, cancellationToken);
        if (await db.Campaigns.AnyAsync(campaign => campaign.Name == CampaignName, cancellationToken))
        {
            return added;
        }

        var sender = Sender.ForTerritory(new TerritoryReference(TerritoryKind.Commune, BillereCode));
        var template = new MessageTemplate(sender, BillereLetter, now);
        var campaign = new Campaign(sender, new CampaignDraft(CampaignName, "Collectif SSI de Billère", "collectif.ssi.billere@example.org", template.Id,
            new CampaignAudience(new Segment($"commune:{BillereCode}", CollectiveId: collectiveId))), "demo-data", now);
        campaign.Schedule(template.Content, now, now);
        db.AddRange(template, campaign);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<bool> SubscribeCitizensAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var topic = SubscriptionTopic.ForTerritory(new TerritoryReference(TerritoryKind.Commune, BillereCode));
        var label = await labels.LabelAsync(topic, cancellationToken) ?? "Billère";
        var known = await db.Subscriptions.Where(s => Citizens.Contains(s.Email)).Select(s => s.Email).ToListAsync(cancellationToken);
        foreach (var email in Citizens.Except(known))
        {
            var subscription = new Subscription(email, topic, now);
            subscription.Request(ConsentText.For(label), "Formulaire papier du stand, discosoupe du 21 novembre 2026", ConfirmationTokens.Hash(ConfirmationTokens.New()), now, TimeSpan.FromDays(2));
            subscription.Confirm(now);
            db.Subscriptions.Add(subscription);
        }

        await db.SaveChangesAsync(cancellationToken);
        return known.Count < Citizens.Length;
    }

    /// <summary>The collective the Mairie de Billère belongs to, once the directory's news of it has arrived.</summary>
    private async Task<Guid> WaitForBillereCollectiveAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            var collectiveId = await (
                    from actor in db.DirectoryActors
                    join membership in db.CollectiveMemberships on actor.ActorId equals membership.ActorId
                    where actor.Kind == "commune" && actor.Location.CommuneCode == BillereCode && membership.IsActive
                    select (Guid?)membership.CollectiveId)
                .FirstOrDefaultAsync(cancellationToken);
            var contactsArrived = collectiveId is { } id && await db.Contacts.AnyAsync(contact =>
                db.CollectiveMemberships.Any(membership => membership.CollectiveId == id && membership.ActorId == contact.ActorId), cancellationToken);
            if (collectiveId is { } found && contactsArrived)
            {
                return found;
            }

            if (clock.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"Billère's collective and its members' contacts did not arrive from the directory within {wait}: is the directory's demo data loaded?");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    private static readonly MessageContent BillereLetter = new(
        "Lettre du collectif SSI de Billère",
        "{{ campaign.name }}",
        """
        <p>Bonjour {{ recipient.name }},</p>
        <p>Merci à {{ recipient.organisation }} pour sa participation au Festival des Solidarités à Billère : discosoupe avec les jardins
        partagés et l'épicerie sociale, exposition du CCFD-Terre Solidaire complétée par les travaux des élèves, soirée au centre d'animation.</p>
        <p>Le bilan du collectif se tiendra en janvier à la mairie : nous y préparerons ensemble l'édition 2027 et la signature de la charte.</p>
        <p>À très bientôt,<br>{{ sender.name }}</p>
        <p style="font-size:13px;color:#555"><a href="{{ unsubscribe_url }}">Ne plus recevoir la lettre du collectif</a></p>
        """,
        """
        Bonjour {{ recipient.name }},

        Merci à {{ recipient.organisation }} pour sa participation au Festival des Solidarités à Billère : discosoupe avec les jardins
        partagés et l'épicerie sociale, exposition du CCFD-Terre Solidaire complétée par les travaux des élèves, soirée au centre d'animation.

        Le bilan du collectif se tiendra en janvier à la mairie : nous y préparerons ensemble l'édition 2027 et la signature de la charte.

        À très bientôt,
        {{ sender.name }}

        Ne plus recevoir la lettre du collectif : {{ unsubscribe_url }}
        """);
}
