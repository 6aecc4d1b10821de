using ActorDirectory.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ActorDirectory.Tests.Network;

/// <summary>A directory transaction the test keeps open, to play a slow writer.</summary>
internal sealed class HeldTransaction(AsyncServiceScope scope, DirectoryDbContext db, IDbContextTransaction transaction) : IAsyncDisposable
{
    public DirectoryDbContext Db => db;

    /// <summary>Makes PostgreSQL give the transaction its id now, before it writes anything.</summary>
    public Task TakeTransactionIdAsync() =>
        db.Database.SqlQuery<long>($"SELECT pg_current_xact_id()::text::bigint AS \"Value\"").SingleAsync(TestContext.Current.CancellationToken);

    public Task CommitAsync() => transaction.CommitAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await scope.DisposeAsync();
    }
}
