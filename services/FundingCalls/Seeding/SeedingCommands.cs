namespace FundingCalls.Seeding;

/// <summary>
/// <c>dotnet FundingCalls.dll --seed-demo</c>: writes the demo calls and exits, like <c>--migrate</c>.
/// Idempotent; exit code 1 when the directory's demo actors never arrive.
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

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FundingCalls.Seeding");
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            var added = await ActivatorUtilities.CreateInstance<DemoFundingSeeder>(scope.ServiceProvider).SeedAsync(DemoFundingSeeder.DefaultActorWait, CancellationToken.None);
            logger.LogInformation("Demo funding: {Calls} calls added", added);
        }
        catch (TimeoutException exception)
        {
            logger.LogError("Cannot seed the demo funding: {Reason}", exception.Message);
            Environment.ExitCode = 1;
        }

        return true;
    }
}
