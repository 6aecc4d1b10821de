using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// Wakes the relays as soon as outbox rows are committed, so events reach the broker within
/// milliseconds rather than at the next poll. A context is marked when it saves new outbox rows;
/// then the relays of every replica learn of them through <see cref="OutboxChannel"/> (PostgreSQL
/// <c>NOTIFY</c>, heard by each one's <see cref="OutboxListener{TContext}"/>), and this process's
/// relay at once through <see cref="OutboxSignal{TContext}"/>:
/// <list type="bullet">
/// <item>the notification is sent in the transaction, just before it commits, for explicit
/// transactions (the inbox filter's, a handler's) and for the one <c>SaveChanges</c> opens itself,
/// and the signal raised on <c>TransactionCommitted</c>;</item>
/// <item>both after <c>SaveChanges</c> outside any transaction: a single-statement save runs without one.</item>
/// </list>
/// A transaction EF Core does not manage (<c>UseTransaction</c>, <c>TransactionScope</c>) is not seen:
/// its rows go out at the next poll.
/// </summary>
internal sealed class OutboxCommitInterceptor<TContext>(OutboxSignal<TContext> signal, ILogger<OutboxCommitInterceptor<TContext>> logger)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
    where TContext : DbContext
{
    private static readonly object Marker = new();

    private readonly ConditionalWeakTable<DbContext, object> _uncommitted = new();
    private string? _channel;

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        MarkIfAddingOutboxMessages(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        MarkIfAddingOutboxMessages(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (IsMarkedOutsideTransaction(eventData.Context, out var context))
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

            SignalIfMarked(context);
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (IsMarkedOutsideTransaction(eventData.Context, out var context))
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

            SignalIfMarked(context);
        }

        return result;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (IsMarked(eventData.Context))
        {
            using var command = OutboxChannel.NotifyCommand(transaction.Connection!, transaction, Channel(eventData.Context!));
            command.ExecuteNonQuery();
        }

        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (IsMarked(eventData.Context))
        {
            await using var command = OutboxChannel.NotifyCommand(transaction.Connection!, transaction, Channel(eventData.Context!));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => SignalIfMarked(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SignalIfMarked(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Unmark(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Unmark(eventData.Context);
        return Task.CompletedTask;
    }

    private void MarkIfAddingOutboxMessages(DbContext? context)
    {
        if (context is TContext && context.ChangeTracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added))
        {
            _uncommitted.AddOrUpdate(context, Marker);
        }
    }

    private bool IsMarked(DbContext? context) => context is not null && _uncommitted.TryGetValue(context, out _);

    private bool IsMarkedOutsideTransaction(DbContext? context, [NotNullWhen(true)] out DbContext? marked)
    {
        marked = context?.Database.CurrentTransaction is null && IsMarked(context) ? context : null;
        return marked is not null;
    }

    private string Channel(DbContext context) => _channel ??= OutboxChannel.Of(context);

    /// <summary>
    /// The rows are committed already: a failed notification must not fail the save, whose caller
    /// would write them again. This process's relay is signalled anyway, the others poll.
    /// </summary>
    private void LogNotifyFailure(DbException exception) =>
        logger.LogWarning(exception, "Could not notify the relays of committed outbox rows of {Context}; other replicas find them at their next poll", typeof(TContext).Name);

    private void SignalIfMarked(DbContext? context)
    {
        if (context is not null && _uncommitted.Remove(context))
        {
            signal.Raise();
        }
    }

    private void Unmark(DbContext? context)
    {
        if (context is not null)
        {
            _uncommitted.Remove(context);
        }
    }
}
