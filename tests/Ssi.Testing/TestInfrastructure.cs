using System.Diagnostics;

namespace Ssi.Testing;

/// <summary>
/// The real PostgreSQL and RabbitMQ the tests talk to. When SSI_POSTGRES, SSI_RABBITMQ and
/// SSI_RABBITMQ_MANAGEMENT are set (by <c>./ssi test</c> or CI) they are used as they are;
/// otherwise a plain <c>dotnet test</c> starts them with <c>./ssi infra up</c>, the script the
/// local run uses too.
/// </summary>
public static class TestInfrastructure
{
    private static readonly Lazy<Task<InfrastructureSettings>> Settings = new(LoadAsync);

    public static Task<InfrastructureSettings> EnsureStartedAsync() => Settings.Value;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static async Task<InfrastructureSettings> LoadAsync()
    {
        var variables = ReadEnvironment();
        if (!HasAll(variables))
        {
            await RunSsiAsync("infra", "up");
            variables = ParseKeyValues(await RunSsiAsync("infra", "env"));
        }

        if (!HasAll(variables))
        {
            throw new InvalidOperationException("'./ssi infra env' did not print SSI_POSTGRES, SSI_RABBITMQ and SSI_RABBITMQ_MANAGEMENT.");
        }

        return new InfrastructureSettings(
            variables["SSI_POSTGRES"],
            new Uri(variables["SSI_RABBITMQ"]),
            new Uri(variables["SSI_RABBITMQ_MANAGEMENT"]));
    }

    private static readonly string[] Keys = ["SSI_POSTGRES", "SSI_RABBITMQ", "SSI_RABBITMQ_MANAGEMENT"];

    private static bool HasAll(Dictionary<string, string> variables) => Keys.All(key => !string.IsNullOrWhiteSpace(variables.GetValueOrDefault(key)));

    private static Dictionary<string, string> ReadEnvironment() =>
        Keys.Select(key => (key, value: Environment.GetEnvironmentVariable(key)))
            .Where(pair => pair.value is not null)
            .ToDictionary(pair => pair.key, pair => pair.value!);

    private static Dictionary<string, string> ParseKeyValues(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1]);

    public static Task<string> RunSsiAsync(params string[] arguments) => RunSsiAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs <c>./ssi</c> with extra environment variables and returns what it printed on stdout.</summary>
    public static async Task<string> RunSsiAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Path.Combine(RepositoryRoot, "ssi"))
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start ./ssi.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'./ssi {string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{await errors}");
        }

        return await output;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ssi.Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run from inside the repository (Ssi.Platform.sln not found above the test binaries).");
    }
}
