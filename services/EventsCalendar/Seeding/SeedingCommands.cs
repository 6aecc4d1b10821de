namespace EventsCalendar.Seeding;

/// <summary>
/// <c>dotnet EventsCalendar.dll --seed-demo</c>: writes the demo calendar and exits, like
/// <c>--migrate</c>. Idempotent; exit code 1 when the organisers never arrive from the directory.
/// </summary>
public static class SeedingCommands
{
    public const string SeedDemoArgument = "--seed-demo";

    public static async Task<bool> SeedDemoIfRequestedAsync(this IHost app, string[] args)
    {
        if (!args.Contains(SeedDemoArgument))
        {
            return false;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EventsCalendar.Seeding");
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var result = await ActivatorUtilities.CreateInstance<DemoCalendarSeeder>(scope.ServiceProvider).SeedAsync(DemoCalendarSeeder.DefaultOrganiserWait, CancellationToken.None);
            logger.LogInformation("Demo calendar: {Programmes} programmes, {Events} events added", result.Programmes, result.EventsAdded);
        }
        catch (DemoSeedingException exception)
        {
            logger.LogError("Cannot seed the demo calendar: {Reason}", exception.Message);
            Environment.ExitCode = 1;
        }

        return true;
    }
}
