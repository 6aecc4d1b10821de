namespace ActorDirectory.Data;

public static class TerritoryImportCommand
{
    public const string Argument = "--import-territories";

    /// <summary>
    /// <c>dotnet ActorDirectory.dll --import-territories SOURCE</c> imports the territories of
    /// <c>@etalab/decoupage-administratif</c> (its npm tarball or its <c>data/</c> folder) and
    /// exits: the AppHost runs it after the migrations. Returns true when it was asked for; a
    /// missing or malformed source is reported on stderr with exit code 1.
    /// </summary>
    public static async Task<bool> ImportTerritoriesIfRequestedAsync(this WebApplication app, string[] args)
    {
        var position = Array.IndexOf(args, Argument);
        if (position < 0)
        {
            return false;
        }

        if (position + 1 >= args.Length || args[position + 1].StartsWith('-'))
        {
            return Fail($"usage: {Argument} SOURCE (the npm tarball of @etalab/decoupage-administratif, or its data/ folder)");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var importer = ActivatorUtilities.CreateInstance<TerritoryImporter>(scope.ServiceProvider);
        try
        {
            await importer.ImportAsync(args[position + 1], app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (InvalidDataException exception)
        {
            return Fail(exception.Message);
        }
    }

    private static bool Fail(string message)
    {
        Console.Error.WriteLine($"territory import failed: {message}");
        Environment.ExitCode = 1;
        return true;
    }
}
