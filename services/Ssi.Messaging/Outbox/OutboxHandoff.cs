using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// The shortcut from this process's commits to its own relay. While the relay waits for work, the
/// rows of a save that commits by itself are claimed for it in the inserting transaction, and
/// handed to it in memory once they are committed: it publishes them without a claim statement,
/// and no other replica needs waking for them. While it is busy (or not running), rows are left
/// unclaimed for whichever replica's relay claims them first. A process that dies holding handed rows leaves them
/// claimed until the lease runs out, as a relay dying in a round does.
/// </summary>
internal sealed class OutboxHandoff<TContext>(TimeProvider time, IOptions<MessagingOptions> options) where TContext : DbContext
{
    private readonly ConcurrentQueue<OutboxMessage> _committed = new();
    private volatile bool _relayWaiting;

    public Guid RelayId { get; } = Guid.NewGuid();

    public bool HasCommittedRows => !_committed.IsEmpty;

    public bool RelayWaiting => _relayWaiting;

    /// <summary>
    /// At most this many rows of one save are claimed for the relay, a round's worth: the rest of a
    /// large transaction is shared by every replica rather than queued here beyond its lease.
    /// </summary>
    public int RowsPerSave => options.Value.OutboxBatchSize;

    /// <summary>
    /// Shorter than a claim's: long enough for the relay to publish what it is handed, short enough
    /// that rows it will never be handed (the process stopped or died) are soon any relay's.
    /// </summary>
    private TimeSpan Lease => 3 * options.Value.OutboxPublishTimeout;

    /// <summary>Claims <paramref name="row"/> for the relay when it may and the relay waits for work; otherwise leaves it to any relay's claim.</summary>
    public bool TryClaim(OutboxMessage row, bool mayClaim)
    {
        if (mayClaim && _relayWaiting)
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

    public List<OutboxMessage> Take(int count)
    {
        var rows = new List<OutboxMessage>();
        while (rows.Count < count && _committed.TryDequeue(out var row))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Runs <paramref name="wait"/> as the relay's wait for work, during which new rows are claimed for it.</summary>
    public async Task WhileRelayWaitsAsync(Func<Task> wait)
    {
        _relayWaiting = true;
        try
        {
            await wait();
        }
        finally
        {
            _relayWaiting = false;
        }
    }
}
