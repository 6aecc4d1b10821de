namespace Communications.Seeding;

public static class SeedingCommands
{
    public const string SeedDemoArgument = "--seed-demo";

    /// <summary><c>dotnet Communications.dll --seed-demo</c> writes the demo data and exits (the AppHost's <c>communications-demo-data</c> job).</summary>
    public static async Task<bool> SeedDemoIfRequestedAsync(this IHost app, string[] args)
    {
        if (!args.Contains(SeedDemoArgument))
        {
            return false;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Communications.Seeding");
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var added = await ActivatorUtilities.CreateInstance<DemoCommunicationsSeeder>(scope.ServiceProvider)
                .SeedAsync(DemoCommunicationsSeeder.DefaultDirectoryWait, CancellationToken.None);
            logger.LogInformation("Demo communications: {Outcome}", added ? "added" : "already there");
        }
        catch (TimeoutException exception)
        {
            logger.LogError("Cannot seed the demo communications: {Reason}", exception.Message);
            Environment.ExitCode = 1;
        }

        return true;
    }
}
