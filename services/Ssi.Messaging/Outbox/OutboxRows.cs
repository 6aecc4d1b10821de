using Microsoft.EntityFrameworkCore;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// The relay's statements on the outbox table, each its own short transaction: nothing is locked
/// while the relay talks to the broker, so no commit-safe reader (the directory's changes feed)
/// waits on the relay. Every statement after the claim checks that the row is still this relay's.
/// </summary>
internal static class OutboxRows
{
    /// <summary>Leases the oldest due rows to <paramref name="relay"/>; a row leased by another relay is skipped until its lease ends.</summary>
    public static async Task<List<OutboxMessage>> ClaimAsync(DbContext db, Guid relay, int count, TimeSpan lease, CancellationToken cancellationToken)
    {
        var claimed = await db.Set<OutboxMessage>()
            .FromSql($"""
                UPDATE outbox_messages SET claimed_by = {relay}, claimed_until = now() + {lease}
                WHERE id IN (
                    SELECT id FROM outbox_messages
                    WHERE delivered_at IS NULL AND dead_at IS NULL AND next_attempt_at <= now()
                      AND (claimed_until IS NULL OR claimed_until < now())
                    ORDER BY id
                    LIMIT {count}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. claimed.OrderBy(message => message.Id)];
    }

    public static Task MarkDeliveredAsync(DbContext db, Guid relay, long[] ids) =>
        ids is []
            ? Task.CompletedTask
            : db.Database.ExecuteSqlAsync($"""
                UPDATE outbox_messages
                SET delivered_at = now(), attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL, last_error = NULL
                WHERE id = ANY({ids}) AND claimed_by = {relay}
                """);

    /// <summary>A failure of the broker, not of the row: counted and shown, but it never makes the row dead.</summary>
    public static Task RecordBrokerFailureAsync(DbContext db, Guid relay, IEnumerable<long> ids, string error) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE outbox_messages
            SET attempts = attempts + 1, last_error = {OutboxMessage.Truncate(error)}, claimed_by = NULL, claimed_until = NULL
            WHERE id = ANY({ids.ToArray()}) AND claimed_by = {relay}
            """);

    /// <summary>
    /// A failure of the row itself: retried after an exponential delay, or dead once it has failed
    /// <paramref name="maxAttempts"/> times. Returns the attempts so far and whether the row died.
    /// </summary>
    public static async Task<(int Attempts, bool Dead)> RecordRowFailureAsync(
        DbContext db, Guid relay, long id, string error, int maxAttempts, TimeSpan firstDelay, TimeSpan maxDelay)
    {
        var outcome = await db.Database
            .SqlQuery<RowFailure>($"""
                UPDATE outbox_messages
                SET attempts = attempts + 1,
                    last_error = {OutboxMessage.Truncate(error)},
                    claimed_by = NULL,
                    claimed_until = NULL,
                    next_attempt_at = now() + least({firstDelay} * power(2, attempts), {maxDelay}),
                    dead_at = CASE WHEN attempts + 1 >= {maxAttempts} THEN now() END
                WHERE id = {id} AND claimed_by = {relay}
                RETURNING attempts, dead_at IS NOT NULL AS dead
                """)
            .ToListAsync();
        return outcome is [var row] ? (row.Attempts, row.Dead) : (0, false);
    }

    /// <summary>Gives rows back without counting an attempt: another round (or relay) takes them.</summary>
    public static Task ReleaseAsync(DbContext db, Guid relay, IEnumerable<long> ids) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE outbox_messages SET claimed_by = NULL, claimed_until = NULL
            WHERE id = ANY({ids.ToArray()}) AND claimed_by = {relay}
            """);

    private sealed record RowFailure(int Attempts, bool Dead);
}
