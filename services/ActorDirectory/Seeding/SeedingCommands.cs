using System.Globalization;
using ActorDirectory.Seeding.Demo;
using ActorDirectory.Seeding.Scale;

namespace ActorDirectory.Seeding;

/// <summary>
/// <c>dotnet ActorDirectory.dll --seed-demo</c> and <c>--seed-scale [--associations N]</c>: write
/// the data and exit, like <c>--migrate</c>, with the configuration the service runs with. Both are
/// idempotent. Exit code 1 when the data cannot be written (e.g. territories not imported), 2 on a
/// bad argument.
/// </summary>
public static class SeedingCommands
{
    public const string SeedDemoArgument = "--seed-demo";
    public const string SeedScaleArgument = "--seed-scale";
    public const string AssociationsArgument = "--associations";

    public static async Task<bool> SeedDemoIfRequestedAsync(this IHost app, string[] args)
    {
        if (!args.Contains(SeedDemoArgument))
        {
            return false;
        }

        await RunAsync<DemoSeeder>(app, "demo", async (seeder, logger) =>
        {
            var result = await seeder.SeedAsync(CancellationToken.None);
            logger.LogInformation("Demo data: {Registered} actors registered, {Written} records added or updated", result.ActorsRegistered, result.RecordsWritten);
        });
        return true;
    }

    public static async Task<bool> SeedScaleIfRequestedAsync(this IHost app, string[] args)
    {
        if (!args.Contains(SeedScaleArgument))
        {
            return false;
        }

        if (!TryReadAssociations(args, out var associations))
        {
            SeedingLogger(app).LogError("{Argument} takes a number of associations between 0 and {Max}.", AssociationsArgument, ScaleSeeder.MaxAssociations);
            Environment.ExitCode = 2;
            return true;
        }

        await RunAsync<ScaleSeeder>(app, "scale", async (seeder, logger) =>
        {
            var result = await seeder.SeedAsync(associations, CancellationToken.None);
            logger.LogInformation(
                "Scale data: {Actors} actors and {Offers} offers added ({LocalAuthorities} local authorities and {Associations} associations generated) in {Elapsed:0.0} s",
                result.ActorsAdded, result.OffersAdded, result.LocalAuthoritiesGenerated, result.AssociationsGenerated, result.Elapsed.TotalSeconds);
        });
        return true;
    }

    /// <summary>Reads <c>--associations N</c>; the default when absent.</summary>
    public static bool TryReadAssociations(string[] args, out int associations)
    {
        associations = ScaleSeeder.DefaultAssociations;
        var index = Array.IndexOf(args, AssociationsArgument);
        if (index < 0)
        {
            return true;
        }

        return index + 1 < args.Length
            && int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out associations)
            && associations <= ScaleSeeder.MaxAssociations;
    }

    private static async Task RunAsync<TSeeder>(IHost app, string name, Func<TSeeder, ILogger, Task> seed)
        where TSeeder : notnull
    {
        var logger = SeedingLogger(app);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await seed(ActivatorUtilities.CreateInstance<TSeeder>(scope.ServiceProvider), logger);
        }
        catch (SeedingException exception)
        {
            logger.LogError("Cannot seed the {Name} data: {Reason}", name, exception.Message);
            Environment.ExitCode = 1;
        }
    }

    private static ILogger SeedingLogger(IHost app) =>
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ActorDirectory.Seeding");
}
