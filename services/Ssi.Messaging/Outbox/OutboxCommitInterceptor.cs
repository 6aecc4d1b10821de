using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// Wakes the relay as soon as outbox rows are committed, so events reach the broker within
/// milliseconds rather than at the next poll. A context is marked when it saves new outbox rows,
/// and the relay is signalled when they become visible to it:
/// <list type="bullet">
/// <item>on <c>TransactionCommitted</c>, which fires for explicit transactions (the inbox filter's,
/// a handler's) and for the one <c>SaveChanges</c> opens itself;</item>
/// <item>after <c>SaveChanges</c> outside any transaction: a single-statement save runs without one.</item>
/// </list>
/// A transaction EF Core does not manage (<c>UseTransaction</c>, <c>TransactionScope</c>) is not seen:
/// its rows go out at the next poll.
/// </summary>
internal sealed class OutboxCommitInterceptor<TContext>(OutboxSignal<TContext> signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
    where TContext : DbContext
{
    private static readonly object Marker = new();

    private readonly ConditionalWeakTable<DbContext, object> _uncommitted = new();

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
        SignalIfSavedOutsideTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfSavedOutsideTransaction(eventData.Context);
        return ValueTask.FromResult(result);
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

    private void SignalIfSavedOutsideTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            SignalIfMarked(context);
        }
    }

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
