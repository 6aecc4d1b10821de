using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// The shortcut from this process's commits to its own relay. While the relay runs and holds less
/// than a round's rows, the rows of a save that commits by itself are claimed for it in the
/// inserting transaction, and handed to it in memory once they are committed: it publishes them
/// first in its next round, without a claim statement, and no other replica needs waking for them.
/// Beyond a round's rows, or while the relay is stopped or waits out a broker failure, rows are
/// left unclaimed for whichever replica's relay claims them first. A handed row whose lease is
/// nearly over when the relay comes to it is left to the claim once the lease ends, so no relay
/// sends it twice; a process that dies holding handed rows leaves them claimed until then too, as a
/// relay dying in a round does.
/// </summary>
internal sealed class OutboxHandoff<TContext>(TimeProvider time, IOptions<MessagingOptions> options) where TContext : DbContext
{
    private readonly ConcurrentQueue<OutboxMessage> _committed = new();
    private volatile bool _accepting;

    public Guid RelayId { get; } = Guid.NewGuid();

    public bool HasCommittedRows => !_committed.IsEmpty;

    /// <summary>The relay runs and the broker answers: new rows may be claimed for it.</summary>
    public bool Accepting => _accepting;

    /// <summary>
    /// At most this many rows of one save are claimed for the relay, a round's worth: the rest of a
    /// large transaction is shared by every replica rather than queued here beyond its lease.
    /// </summary>
    public int RowsPerSave => options.Value.OutboxBatchSize;

    /// <summary>
    /// Shorter than a claim's: long enough for the round in progress and the next, each bounded by
    /// the publish timeout, short enough that rows the relay will never take (the process stopped or
    /// died) are soon any relay's.
    /// </summary>
    private TimeSpan Lease => 3 * options.Value.OutboxPublishTimeout;

    /// <summary>
    /// Claims <paramref name="row"/> for the relay when it may, the relay accepts rows and holds
    /// less than a round's; otherwise leaves it to any relay's claim. Saves in flight are not
    /// counted, so the relay may be handed a little more than a round.
    /// </summary>
    public bool TryClaim(OutboxMessage row, bool mayClaim)
    {
        if (mayClaim && _accepting && _committed.Count < RowsPerSave)
        {
            row.Claim(RelayId, time.GetUtcNow() + Lease);
            return true;
        }

        row.Claim(null, null);
        return false;
    }

    public void Hand(IEnumerable<OutboxMessage> committedRows)
    {
        foreach (var row in committedRows)
        {
            _committed.Enqueue(row);
        }
    }

    /// <summary>Up to <paramref name="count"/> handed rows whose lease outlasts a publish; the others are dropped.</summary>
    public List<OutboxMessage> Take(int count)
    {
        var publishable = time.GetUtcNow() + options.Value.OutboxPublishTimeout;
        var rows = new List<OutboxMessage>();
        while (rows.Count < count && _committed.TryDequeue(out var row))
        {
            if (row.ClaimedUntil > publishable)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    public void StartAccepting() => _accepting = true;

    public void StopAccepting() => _accepting = false;
}
