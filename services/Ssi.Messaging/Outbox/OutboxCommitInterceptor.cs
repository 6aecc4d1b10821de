using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// Gets committed outbox rows to a relay within milliseconds rather than at the next poll. When a
/// context saves new outbox rows, each is claimed for this process's relay if it waits for work
/// (<see cref="OutboxHandoff{TContext}"/>), and left unclaimed otherwise. Once they are committed:
/// <list type="bullet">
/// <item>claimed rows are handed to this process's relay in memory;</item>
/// <item>if any row was left unclaimed, the relays of every replica are woken through
/// <see cref="OutboxChannel"/> (PostgreSQL <c>NOTIFY</c>, heard by each one's
/// <see cref="OutboxListener{TContext}"/>), sent in the transaction just before it commits for
/// explicit transactions (the inbox filter's, a handler's) and for the one <c>SaveChanges</c> opens
/// itself, and after <c>SaveChanges</c> when it ran without one (a single-statement save);</item>
/// <item>this process's relay is signalled.</item>
/// </list>
/// A transaction EF Core does not manage (<c>UseTransaction</c>, <c>TransactionScope</c>) is not seen:
/// its rows, unclaimed, go out at the relays' next claim. Whatever makes a commit doubtful (a save
/// that failed, a rollback to a savepoint, a command that failed in the transaction) keeps the
/// transaction's claimed rows from the hand-off: they wait for their short lease to end instead.
/// </summary>
internal sealed class OutboxCommitInterceptor<TContext>(
    OutboxSignal<TContext> signal,
    OutboxHandoff<TContext> handoff,
    ILogger<OutboxCommitInterceptor<TContext>> logger)
    : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
    where TContext : DbContext
{
    /// <summary>Rows of a save in progress: they count only once it succeeds.</summary>
    private readonly ConditionalWeakTable<DbContext, NewRows> _saving = new();

    /// <summary>
    /// Rows saved in a transaction that has not committed yet. A transaction disposed without a
    /// commit or rollback raises no event: its rows are dropped when the context (pooled, it lives
    /// on) begins its next transaction.
    /// </summary>
    private readonly ConditionalWeakTable<DbContext, NewRows> _saved = new();

    /// <summary>Transactions begun through EF Core, whose commit this interceptor sees (Npgsql reuses their objects).</summary>
    private readonly ConditionalWeakTable<DbTransaction, object> _begun = new();

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

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Began(eventData.Context, result, seenToCommit: true);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Began(eventData.Context, result, seenToCommit: true);
        return ValueTask.FromResult(result);
    }

    public DbTransaction TransactionUsed(DbConnection connection, TransactionEventData eventData, DbTransaction result)
    {
        Began(eventData.Context, result, seenToCommit: false);
        return result;
    }

    public ValueTask<DbTransaction> TransactionUsedAsync(
        DbConnection connection, TransactionEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Began(eventData.Context, result, seenToCommit: false);
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

    /// <remarks>Which of the saved rows the savepoint undid is not known: none is handed over.</remarks>
    public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => ForgetSaved(eventData.Context);

    public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetSaved(eventData.Context);
        return Task.CompletedTask;
    }

    /// <remarks>After a failed statement PostgreSQL answers the transaction's COMMIT with a rollback that Npgsql does not report.</remarks>
    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ForgetSavedIfInTransaction(eventData.Context);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetSavedIfInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>A row still added after a failed save is judged again, so no row stays claimed for a relay that will not be handed it.</summary>
    private void ClaimAddedRows(DbContext? context)
    {
        if (context is not TContext)
        {
            return;
        }

        var commitSeen = CommitWillBeSeen(context);
        var rows = new NewRows();
        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>().Where(entry => entry.State == EntityState.Added))
        {
            if (handoff.TryClaim(entry.Entity, mayClaim: commitSeen && rows.Claimed.Count < handoff.RowsPerSave))
            {
                rows.Claimed.Add(entry.Entity);
            }
            else
            {
                rows.Unclaimed = true;
            }
        }

        if (rows.Claimed.Count > 0 || rows.Unclaimed)
        {
            _saving.AddOrUpdate(context, rows);
        }
        else
        {
            _saving.Remove(context);
        }
    }

    /// <summary>
    /// Rows are handed over only when this interceptor will see them commit: not inside an ambient
    /// <c>TransactionScope</c> or a transaction given to EF Core with <c>UseTransaction</c>.
    /// </summary>
    private bool CommitWillBeSeen(DbContext context) =>
        System.Transactions.Transaction.Current is null
        && (context.Database.CurrentTransaction?.GetDbTransaction() is not { } transaction || _begun.TryGetValue(transaction, out _));

    /// <summary>
    /// After a successful save: returns its rows when they are committed (by the transaction the
    /// save opened itself, or without any), else keeps them until the transaction commits.
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
            _saved.GetValue(context, _ => new NewRows()).Add(saving);
            return null;
        }

        return (context, saving);
    }

    /// <remarks>A save in progress counts too: the transaction SaveChanges opens itself commits before SavedChanges.</remarks>
    private bool HasUnclaimedRows(DbContext? context) =>
        context is not null
        && ((_saved.TryGetValue(context, out var saved) && saved.Unclaimed) || (_saving.TryGetValue(context, out var saving) && saving.Unclaimed));

    private string Channel(DbContext context) => _channel ??= OutboxChannel.Of(context);

    /// <summary>
    /// The rows are committed already: a failed notification must not fail the save, whose caller
    /// would write them again. This process's relay is signalled anyway, the others poll.
    /// </summary>
    private void LogNotifyFailure(DbException exception) =>
        logger.LogWarning(exception, "Could not notify the relays of committed outbox rows of {Context}; other replicas find them at their next poll", typeof(TContext).Name);

    private void Began(DbContext? context, DbTransaction transaction, bool seenToCommit)
    {
        ForgetSaved(context);
        if (seenToCommit)
        {
            _begun.AddOrUpdate(transaction, transaction);
        }
        else
        {
            _begun.Remove(transaction);
        }
    }

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

        if (_saved.TryGetValue(context, out var saved))
        {
            _saved.Remove(context);
            Hand(saved);
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

    private void ForgetSaved(DbContext? context)
    {
        if (context is not null)
        {
            _saved.Remove(context);
        }
    }

    private void ForgetSavedIfInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is not null)
        {
            ForgetSaved(context);
        }
    }

    private void Forget(DbContext? context)
    {
        ForgetSave(context);
        ForgetSaved(context);
    }

    /// <summary>The outbox rows one or more saves added.</summary>
    private sealed class NewRows
    {
        /// <summary>Claimed for this process's relay, handed to it on commit.</summary>
        public List<OutboxMessage> Claimed { get; } = [];

        /// <summary>Some row is left to any replica's relay: they must all be woken.</summary>
        public bool Unclaimed { get; set; }

        /// <summary>The transaction the save opened itself has committed them.</summary>
        public bool CommittedDuringSave { get; set; }

        public void Add(NewRows other)
        {
            Claimed.AddRange(other.Claimed);
            Unclaimed |= other.Unclaimed;
        }
    }
}
