namespace ActorDirectory.Data;

public static class TerritoryImportCommand
{
    public const string Argument = "--import-territories";

    /// <summary>The tarball's expected SHA-512 (base64, as npm's <c>integrity</c> gives it); a download that differs is refused.</summary>
    public const string ChecksumArgument = "--expect-sha512";

    /// <summary>
    /// <c>dotnet ActorDirectory.dll --import-territories SOURCE [--expect-sha512 BASE64]</c> imports
    /// the territories of <c>@etalab/decoupage-administratif</c> (its npm tarball, checked against
    /// the expected checksum, or its <c>data/</c> folder) and exits: the AppHost runs it after the
    /// migrations. Returns true when it was asked for; a missing, altered or malformed source is
    /// reported on stderr with exit code 1.
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

        var source = args[position + 1];
        var checksum = Array.IndexOf(args, ChecksumArgument) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        await using var scope = app.Services.CreateAsyncScope();
        var importer = ActivatorUtilities.CreateInstance<TerritoryImporter>(scope.ServiceProvider);
        try
        {
            if (checksum is not null)
            {
                await TerritoryPackageArchive.VerifyAsync(source, checksum, app.Lifetime.ApplicationStopping);
            }

            await importer.ImportAsync(source, app.Lifetime.ApplicationStopping);
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
