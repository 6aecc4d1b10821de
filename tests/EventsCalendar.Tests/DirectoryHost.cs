extern alias directory;
using ActorDirectory.Data;
using ActorDirectory.Tests;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>
/// The actor directory, real and in the test host with a few real territories, which the calendar
/// asks where a commune stands and what a lent room is. One for the whole test run.
/// </summary>
public sealed class DirectoryHost() : ServiceFactory<directory::Program, DirectoryDbContext>("directorydb")
{
    private static readonly Lazy<Task<DirectoryHost>> Shared = new(async () =>
    {
        var host = new DirectoryHost();
        await host.InitializeAsync();
        return host;
    });

    public static Task<DirectoryHost> StartAsync() => Shared.Value;

    /// <summary>Stops the shared directory, if a test started it, before the infrastructure under it goes.</summary>
    public static async Task StopAsync()
    {
        if (Shared.IsValueCreated)
        {
            await (await Shared.Value).DisposeAsync();
        }
    }

    protected override Task SeedAsync(DirectoryDbContext db)
    {
        db.Territories.AddRange(TestTerritories.All());
        return db.SaveChangesAsync();
    }
}
