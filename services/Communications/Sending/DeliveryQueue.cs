using Communications.Data;
using Communications.Domain.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Communications.Sending;

/// <summary>
/// The delivery table as a work queue shared by every worker of every replica. A worker claims
/// due messages for a lease (<c>FOR UPDATE SKIP LOCKED</c>: two never claim the same), marks each
/// one <c>Sending</c> in its own commit just before the SMTP conversation, then records the outcome.
/// A message found still <c>Sending</c> after its lease belonged to a worker that died mid-send: it
/// may have reached the server, so it is given up rather than sent a second time.
/// </summary>
public sealed class DeliveryQueue(CommunicationsDbContext db)
{
    public const string Interrupted = "The sending worker stopped during the SMTP conversation; not sent again, so that it can never arrive twice.";
    public const string Suppressed = "The address is on the suppression list, or unsubscribed, since the message was queued.";

    public Task<List<Delivery>> ClaimAsync(string worker, int limit, TimeSpan lease, CancellationToken cancellationToken) =>
        db.Deliveries.FromSql($"""
            WITH due AS (
                SELECT d.id FROM deliveries d
                LEFT JOIN campaigns c ON c.id = d.campaign_id
                WHERE d.state = 'Queued' AND d.next_attempt_at <= now()
                  AND (d.claimed_until IS NULL OR d.claimed_until < now())
                  AND (d.campaign_id IS NULL OR c.status = 'Sending')
                ORDER BY d.next_attempt_at
                LIMIT {limit}
                FOR UPDATE OF d SKIP LOCKED)
            UPDATE deliveries SET claimed_by = {worker}, claimed_until = now() + {lease}
              FROM due WHERE deliveries.id = due.id
            RETURNING deliveries.*
            """).AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>
    /// Commits that the message is about to go, if this worker still holds it and its campaign
    /// still sends (a paused one keeps it queued, released); a message whose address may no longer
    /// be written to is cancelled instead.
    /// </summary>
    /// <returns>Whether to send it.</returns>
    public async Task<bool> BeginSendingAsync(Guid deliveryId, string worker, TimeSpan lease, CancellationToken cancellationToken)
    {
        var states = await db.Database.SqlQuery<string>($"""
            UPDATE deliveries d
               SET state = CASE WHEN EXISTS (SELECT 1 FROM suppressed_addresses s WHERE s.email = d.recipient_email)
                                  OR (d.recipient_key LIKE 'subscription:%' AND d.kind <> 'subscription-confirmation'
                                      AND NOT EXISTS (SELECT 1 FROM subscriptions s WHERE 'subscription:' || s.id::text = d.recipient_key AND s.status = 'Confirmed'))
                                THEN 'Cancelled' ELSE 'Sending' END,
                   attempts = d.attempts + 1,
                   claimed_until = now() + {lease},
                   last_error = CASE WHEN EXISTS (SELECT 1 FROM suppressed_addresses s WHERE s.email = d.recipient_email) THEN {Suppressed} ELSE d.last_error END
             WHERE d.id = {deliveryId} AND d.claimed_by = {worker} AND d.state = 'Queued'
               AND (d.campaign_id IS NULL OR EXISTS (SELECT 1 FROM campaigns c WHERE c.id = d.campaign_id AND c.status = 'Sending'))
            RETURNING d.state AS "Value"
            """).ToListAsync(cancellationToken);
        if (states is [])
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE deliveries SET claimed_by = NULL, claimed_until = NULL WHERE id = {deliveryId} AND claimed_by = {worker} AND state = 'Queued'
                """, cancellationToken);
        }

        return states is ["Sending"];
    }

    public Task RecordSentAsync(Guid deliveryId, string messageId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE deliveries SET state = 'Sent', sent_at = now(), message_id = {messageId}, last_error = NULL, claimed_by = NULL, claimed_until = NULL
             WHERE id = {deliveryId}
            """, cancellationToken);

    /// <summary>A transient failure: queued again after <paramref name="retryAfter"/>, or failed once out of attempts.</summary>
    public Task RecordTransientFailureAsync(Guid deliveryId, string error, int maxAttempts, TimeSpan retryAfter, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE deliveries SET state = CASE WHEN attempts >= {maxAttempts} THEN 'Failed' ELSE 'Queued' END,
                   next_attempt_at = now() + {retryAfter}, last_error = {Truncate(error)}, claimed_by = NULL, claimed_until = NULL
             WHERE id = {deliveryId}
            """, cancellationToken);

    public async Task RecordRefusalAsync(Delivery delivery, SmtpResult result, CancellationToken cancellationToken)
    {
        var state = result.Outcome == SmtpOutcome.Bounced ? nameof(DeliveryState.Bounced) : nameof(DeliveryState.Failed);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE deliveries SET state = {state}, last_error = {Truncate(result.Error ?? "")}, claimed_by = NULL, claimed_until = NULL
             WHERE id = {delivery.Id}
            """, cancellationToken);
        if (result.Outcome == SmtpOutcome.Bounced)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO suppressed_addresses (email, reason, created_at) VALUES ({delivery.RecipientEmail}, 'Bounced', now())
                ON CONFLICT (email) DO NOTHING
                """, cancellationToken);
        }
    }

    /// <summary>Gives up the messages whose worker died while handing them to the server (see the class remarks).</summary>
    public Task<int> GiveUpInterruptedAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE deliveries SET state = 'Failed', last_error = {Interrupted}, claimed_by = NULL, claimed_until = NULL
             WHERE state = 'Sending' AND claimed_until < now()
            """, cancellationToken);

    /// <summary>Campaigns whose every delivery is done are finished.</summary>
    public Task<int> FinishCampaignsAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE campaigns c SET status = 'Finished', finished_at = now(), updated_at = now()
             WHERE c.status = 'Sending'
               AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.campaign_id = c.id AND d.state IN ('Queued', 'Sending'))
            """, cancellationToken);

    private static string Truncate(string error) => error.Length <= Delivery.ErrorMaxLength ? error : error[..Delivery.ErrorMaxLength];
}
