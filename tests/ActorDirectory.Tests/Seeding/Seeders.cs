using ActorDirectory.Data;
using ActorDirectory.Domain.Collectives;
using ActorDirectory.Domain.Offers;
using ActorDirectory.Seeding.Demo;
using ActorDirectory.Seeding.Scale;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging.Outbox;

namespace ActorDirectory.Tests.Seeding;

/// <summary>Runs the seeding commands against a factory's database, as <c>--seed-demo</c> and <c>--seed-scale</c> do.</summary>
internal static class Seeders
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static Task<DemoSeedResult> SeedDemoAsync(this ActorDirectoryFactory factory) =>
        factory.InScopeAsync(db => new DemoSeeder(db, new TerritoryLookup(db), TimeProvider.System).SeedAsync(Cancellation));

    public static Task<ScaleSeedResult> SeedScaleAsync(this ActorDirectoryFactory factory, int associations) =>
        factory.InScopeAsync(db => new ScaleSeeder(db, TimeProvider.System).SeedAsync(associations, Cancellation));

    public static Task<DirectoryCounts> CountAsync(this ActorDirectoryFactory factory) =>
        factory.InScopeAsync(async db => new DirectoryCounts(
            await db.Actors.CountAsync(Cancellation),
            await db.Contacts.CountAsync(Cancellation),
            await db.Offers.CountAsync(Cancellation),
            await db.Set<OfferAvailability>().CountAsync(Cancellation),
            await db.Collectives.CountAsync(Cancellation),
            await db.CollectiveMembers.CountAsync(Cancellation),
            await db.Set<WorkingGroup>().CountAsync(Cancellation),
            await db.Sponsorships.CountAsync(Cancellation),
            await db.Changes.CountAsync(Cancellation),
            await db.Set<OutboxMessage>().CountAsync(Cancellation)));
}

internal sealed record DirectoryCounts(
    int Actors, int Contacts, int Offers, int Availabilities, int Collectives, int Members, int WorkingGroups, int Sponsorships, int Changes, int OutboxMessages);
