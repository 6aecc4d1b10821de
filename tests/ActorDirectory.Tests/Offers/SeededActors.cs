using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace ActorDirectory.Tests.Offers;

/// <summary>Actors written straight to the directory's database, and tokens of their members.</summary>
internal static class SeededActors
{
    public static Task<Guid> SeedActorAsync(this ActorDirectoryFactory factory, string name, ActorKind kind, string communeCode) =>
        factory.InScopeAsync(async db =>
        {
            var location = await new TerritoryLookup(db).LocateCommuneAsync(communeCode, TestContext.Current.CancellationToken)
                ?? throw new InvalidOperationException($"Commune {communeCode} is not among the test territories.");
            var actor = new Actor(name, kind, location, DateTimeOffset.UtcNow);
            db.Actors.Add(actor);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return actor.Id;
        });

    public static Task ArchiveActorAsync(this ActorDirectoryFactory factory, Guid actorId) =>
        factory.InScopeAsync(async db =>
        {
            var actor = await db.Actors.FindAsync([actorId], TestContext.Current.CancellationToken);
            actor!.Archive(DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

    /// <summary>A client acting as a member of <paramref name="actorId"/>.</summary>
    public static HttpClient MemberOf(this ActorDirectoryFactory factory, Guid actorId) =>
        factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [actorId]));
}
