using Communications.Audiences;
using Communications.Data;
using Communications.Sending;
using Microsoft.EntityFrameworkCore;

namespace Communications.Campaigns;

/// <summary>
/// Starts the campaigns whose time has come: resolves the audience then, renders each e-mail and
/// queues them all in the transaction that marks the campaign sending, holding the campaign's row
/// so that another replica skips it. A crash before the commit leaves it scheduled, to be
/// launched again whole; after, its deliveries are in the queue.
/// </summary>
public sealed class CampaignLauncher(
    CommunicationsDbContext db,
    AudienceResolver audiences,
    CampaignRenderer renderer,
    DeliveryWriter writer,
    TimeProvider clock)
{
    public async Task LaunchDueAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = await db.Database.SqlQuery<Guid>($"""
                SELECT id AS "Value" FROM campaigns WHERE status = 'Scheduled' AND send_at <= now()
                 ORDER BY send_at LIMIT 1 FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
            if (ids is not [var id])
            {
                return;
            }

            var campaign = await db.Campaigns.SingleAsync(campaign => campaign.Id == id, cancellationToken);
            var now = clock.GetUtcNow();
            var recipients = await audiences.ResolveAsync(campaign.Audience, cancellationToken);
            await writer.QueueAsync([.. renderer.Render(campaign, recipients, now)], cancellationToken);
            campaign.Start(recipients.Count, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
