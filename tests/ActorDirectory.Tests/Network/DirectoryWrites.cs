using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using Microsoft.Extensions.DependencyInjection;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Territories;
using Ssi.Testing;

namespace ActorDirectory.Tests.Network;

/// <summary>Writes straight to the directory's database, as the application's own saves do (changes feed included).</summary>
internal static class DirectoryWrites
{
    public static Actor NewActor(string name, ActorKind kind, TerritoryLocation location, Action<Actor>? describe = null)
    {
        var actor = new Actor(name, kind, location, TimeProvider.System.GetDatabaseNow());
        describe?.Invoke(actor);
        return actor;
    }

    public static Task<Actor> AddActorAsync(this ServiceFactory<Program, DirectoryDbContext> factory, string name, ActorKind kind, TerritoryLocation location, Action<Actor>? describe = null) =>
        factory.InScopeAsync(async db =>
        {
            var actor = NewActor(name, kind, location, describe);
            db.Actors.Add(actor);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return actor;
        });

    /// <summary>Loads an actor, changes it and saves it.</summary>
    public static Task<Actor> ChangeActorAsync(this ServiceFactory<Program, DirectoryDbContext> factory, Guid id, Action<Actor> change) =>
        factory.InScopeAsync(async db =>
        {
            var actor = await db.Actors.FindAsync([id], TestContext.Current.CancellationToken) ?? throw new InvalidOperationException($"No actor {id}.");
            change(actor);
            actor.Touch(TimeProvider.System.GetDatabaseNow());
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return actor;
        });

    /// <summary>A save left uncommitted until disposed or committed: a slow writer.</summary>
    public static async Task<HeldTransaction> HoldTransactionAsync(this ServiceFactory<Program, DirectoryDbContext> factory)
    {
        var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        return new HeldTransaction(scope, db, transaction);
    }
}
