using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// Gets committed outbox rows to a relay within milliseconds rather than at the next poll.
/// <list type="bullet">
/// <item>A save that commits by itself (in the transaction <c>SaveChanges</c> opens, or as a single
/// statement) claims its new rows for this process's relay while that relay accepts them
/// (<see cref="OutboxHandoff{TContext}"/>), and hands them to it in memory once committed.</item>
/// <item>Every other row (the relay holds a round's rows already, is not running or waits out a
/// broker failure, the save is part of a caller's transaction, whose commit or rollback EF Core may not see) is left unclaimed, and the commit wakes the relays of
/// every replica through <see cref="OutboxChannel"/> (PostgreSQL <c>NOTIFY</c>, heard by each
/// one's <see cref="OutboxListener{TContext}"/>): sent inside the transaction just before it
/// commits, or after a save that ran without one. PostgreSQL delivers it only if the rows commit.</item>
/// <item>This process's relay is signalled after each commit.</item>
/// </list>
/// A transaction EF Core does not manage (<c>UseTransaction</c>, <c>TransactionScope</c>) is not
/// seen committing: its rows go out at the relays' next poll.
/// </summary>
internal sealed class OutboxCommitInterceptor<TContext>(
    OutboxSignal<TContext> signal,
    OutboxHandoff<TContext> handoff,
    ILogger<OutboxCommitInterceptor<TContext>> logger)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
    where TContext : DbContext
{
    private static readonly object Marker = new();

    /// <summary>Rows of a save in progress: they count only once it succeeds.</summary>
    private readonly ConditionalWeakTable<DbContext, NewRows> _saving = new();

    /// <summary>
    /// Contexts whose transaction holds unclaimed rows: its commit notifies every relay. A
    /// transaction disposed without a commit or rollback leaves its mark on the (pooled) context,
    /// whose next commit then wakes the relays for nothing.
    /// </summary>
    private readonly ConditionalWeakTable<DbContext, object> _unclaimedInTransaction = new();

    private string? _channel;

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ClaimAddedRows(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ClaimAddedRows(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context) is var (context, rows))
        {
            if (rows.Unclaimed)
            {
                try
                {
                    context.Database.OpenConnection();
                    try
                    {
                        using var command = OutboxChannel.NotifyCommand(context.Database.GetDbConnection(), null, Channel(context));
                        command.ExecuteNonQuery();
                    }
                    finally
                    {
                        context.Database.CloseConnection();
                    }
                }
                catch (DbException exception)
                {
                    LogNotifyFailure(exception);
                }
            }

            Hand(rows);
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context) is var (context, rows))
        {
            if (rows.Unclaimed)
            {
                try
                {
                    await context.Database.OpenConnectionAsync(CancellationToken.None);
                    try
                    {
                        await using var command = OutboxChannel.NotifyCommand(context.Database.GetDbConnection(), null, Channel(context));
                        await command.ExecuteNonQueryAsync(CancellationToken.None);
                    }
                    finally
                    {
                        await context.Database.CloseConnectionAsync();
                    }
                }
                catch (DbException exception)
                {
                    LogNotifyFailure(exception);
                }
            }

            Hand(rows);
        }

        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetSave(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetSave(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => ForgetSave(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetSave(eventData.Context);
        return Task.CompletedTask;
    }

    /// <remarks>EF Core raises no <c>SaveChangesFailed</c> for a concurrency conflict.</remarks>
    public InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        ForgetSave(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ForgetSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (HasUnclaimedRows(eventData.Context))
        {
            using var command = OutboxChannel.NotifyCommand(transaction.Connection!, transaction, Channel(eventData.Context!));
            command.ExecuteNonQuery();
        }

        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (HasUnclaimedRows(eventData.Context))
        {
            await using var command = OutboxChannel.NotifyCommand(transaction.Connection!, transaction, Channel(eventData.Context!));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>A row still added after a failed save is judged again, so no row stays claimed for a relay that will not be handed it.</summary>
    private void ClaimAddedRows(DbContext? context)
    {
        if (context is not TContext)
        {
            return;
        }

        NewRows? rows = null;
        var commitsByItself = System.Transactions.Transaction.Current is null && context.Database.CurrentTransaction is null;
        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>().Where(entry => entry.State == EntityState.Added))
        {
            rows ??= new NewRows();
            if (handoff.TryClaim(entry.Entity, mayClaim: commitsByItself && rows.Claimed.Count < handoff.RowsPerSave))
            {
                rows.Claimed.Add(entry.Entity);
            }
            else
            {
                rows.Unclaimed = true;
            }
        }

        if (rows is null)
        {
            _saving.Remove(context);
        }
        else
        {
            _saving.AddOrUpdate(context, rows);
        }
    }

    /// <summary>
    /// After a successful save: returns its rows when they are committed (by the transaction the
    /// save opened itself, or without any); rows saved in a caller's transaction wait for its commit.
    /// </summary>
    private (DbContext Context, NewRows Rows)? Saved(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var saving))
        {
            return null;
        }

        _saving.Remove(context);
        if (saving.CommittedDuringSave)
        {
            // Notified inside that transaction already.
            saving.Unclaimed = false;
            return (context, saving);
        }

        if (context.Database.CurrentTransaction is not null)
        {
            _unclaimedInTransaction.AddOrUpdate(context, Marker);
            return null;
        }

        return (context, saving);
    }

    /// <remarks>A save in progress counts too: the transaction SaveChanges opens itself commits before SavedChanges.</remarks>
    private bool HasUnclaimedRows(DbContext? context) =>
        context is not null
        && (_unclaimedInTransaction.TryGetValue(context, out _) || (_saving.TryGetValue(context, out var saving) && saving.Unclaimed));

    private string Channel(DbContext context) => _channel ??= OutboxChannel.Of(context);

    /// <summary>
    /// The rows are committed already: a failed notification must not fail the save, whose caller
    /// would write them again. This process's relay is signalled anyway, the others poll.
    /// </summary>
    private void LogNotifyFailure(DbException exception) =>
        logger.LogWarning(exception, "Could not notify the relays of committed outbox rows of {Context}; other replicas find them at their next poll", typeof(TContext).Name);

    /// <remarks>
    /// The transaction a save opened itself commits before EF Core has set the rows' keys, which the
    /// relay needs: those rows are handed over when the save returns.
    /// </remarks>
    private void Committed(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        if (_saving.TryGetValue(context, out var saving))
        {
            saving.CommittedDuringSave = true;
        }

        if (_unclaimedInTransaction.Remove(context))
        {
            signal.Raise();
        }
    }

    /// <summary>A row whose key EF Core has not set (a save that does not accept its changes) is left to its lease.</summary>
    private void Hand(NewRows committed)
    {
        handoff.Hand(committed.Claimed.Where(row => row.Id > 0));
        signal.Raise();
    }

    private void ForgetSave(DbContext? context)
    {
        if (context is not null)
        {
            _saving.Remove(context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saving.Remove(context);
            _unclaimedInTransaction.Remove(context);
        }
    }

    /// <summary>The outbox rows of one save.</summary>
    private sealed class NewRows
    {
        /// <summary>Claimed for this process's relay, handed to it once committed.</summary>
        public List<OutboxMessage> Claimed { get; } = [];

        /// <summary>Some row is left to any replica's relay: they must all be woken.</summary>
        public bool Unclaimed { get; set; }

        /// <summary>The transaction the save opened itself has committed them.</summary>
        public bool CommittedDuringSave { get; set; }
    }
}
