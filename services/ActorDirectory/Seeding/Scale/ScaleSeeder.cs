using System.Diagnostics;
using ActorDirectory.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ssi.ServiceDefaults.Data;

namespace ActorDirectory.Seeding.Scale;

/// <param name="LocalAuthoritiesGenerated">Councils, EPCI and communes generated from the territory reference.</param>
/// <param name="ActorsAdded">Actors that were not in the directory yet (0 on a second run).</param>
public sealed record ScaleSeedResult(int LocalAuthoritiesGenerated, int AssociationsGenerated, int ActorsAdded, int OffersAdded, TimeSpan Elapsed);

/// <summary>
/// The directory at national size, for benchmarks: an actor for every local authority of the
/// territory reference plus generated associations, in one transaction.
/// </summary>
/// <remarks>
/// A benchmark fixture, not data anyone registered: it is written with binary COPY rather than
/// through the DbContext (136,000 rows in seconds instead of minutes) and announces nothing
/// through the outbox (the relay would spend minutes publishing events no service needs). The
/// changes feed still gets one line per added actor and offer, in insertion order, so networks and
/// the feed benchmark page through a feed of realistic size. Ids are derived from the territory
/// codes and the association numbers, so a second run adds nothing.
/// </remarks>
public sealed class ScaleSeeder(DirectoryDbContext db, TimeProvider clock)
{
    public const int DefaultAssociations = 100_000;
    public const int MaxAssociations = 1_000_000;

    public async Task<ScaleSeedResult> SeedAsync(int associations, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(associations);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(associations, MaxAssociations);
        var started = Stopwatch.GetTimestamp();

        var reference = new ScaleTerritories(await db.Territories.AsNoTracking().ToListAsync(cancellationToken));
        if (reference.Communes.Count == 0)
        {
            throw new SeedingException("The territory reference is empty: import territories first (dotnet ActorDirectory.dll --import-territories <dir>).");
        }

        var data = new ScaleData();
        LocalAuthorityActors.AddTo(data, reference);
        var localAuthorities = data.Actors.Count;
        new AssociationGenerator(reference).AddTo(data, associations);

        var (actorsAdded, offersAdded) = await WriteAsync(data, clock.GetDatabaseNow(), cancellationToken);
        await db.Database.ExecuteSqlRawAsync("ANALYZE actors, actor_words, search_vocabulary, offers, changes", cancellationToken);
        return new ScaleSeedResult(localAuthorities, associations, actorsAdded, offersAdded, Stopwatch.GetElapsedTime(started));
    }

    private async Task<(int Actors, int Offers)> WriteAsync(ScaleData data, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await db.Database.ExecuteSqlRawAsync(ScaleStore.CreateStagingTables, cancellationToken);
            await ScaleStore.CopyActorsAsync(connection, data.Actors, cancellationToken);
            await ScaleStore.CopyOffersAsync(connection, data.Offers, cancellationToken);
            var actors = await db.Database.ExecuteSqlRawAsync(ScaleStore.InsertActors, [new NpgsqlParameter("now", now)], cancellationToken);
            var offers = await db.Database.ExecuteSqlRawAsync(ScaleStore.InsertOffers, [new NpgsqlParameter("now", now)], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (actors, offers);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
