using Microsoft.EntityFrameworkCore;
using Ssi.Messaging.Outbox;

namespace Ssi.Messaging.Administration;

/// <summary>What an operator sees of the outbox rows that gave up, and how they send them again.</summary>
internal static class OutboxAdministration
{
    public const int MaxListed = 500;

    public static Task<List<DeadOutboxMessage>> ListDeadAsync(DbContext db, CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>().AsNoTracking()
            .Where(message => message.DeadAt != null)
            .OrderBy(message => message.Id)
            .Take(MaxListed)
            .Select(message => new DeadOutboxMessage(
                message.Id, message.MessageId, message.MessageType, message.CreatedAt, message.DeadAt!.Value, message.Attempts, message.LastError))
            .ToListAsync(cancellationToken);

    /// <summary>Makes dead rows (those of <paramref name="ids"/>, or all) pending again with their attempts counted from zero.</summary>
    public static Task<int> ReplayDeadAsync(DbContext db, IReadOnlyCollection<long>? ids, CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>()
            .Where(message => message.DeadAt != null && (ids == null || ids.Contains(message.Id)))
            .ExecuteUpdateAsync(update => update
                .SetProperty(message => message.DeadAt, (DateTimeOffset?)null)
                .SetProperty(message => message.Attempts, 0)
                .SetProperty(message => message.NextAttemptAt, DateTimeOffset.UtcNow), cancellationToken);
}

/// <param name="Id">The outbox row, as <c>ids</c> of a replay names it.</param>
public sealed record DeadOutboxMessage(long Id, Guid MessageId, string MessageType, DateTimeOffset CreatedAt, DateTimeOffset DeadAt, int Attempts, string? LastError);
