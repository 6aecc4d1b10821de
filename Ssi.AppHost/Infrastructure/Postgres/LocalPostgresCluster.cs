using System.Runtime.Versioning;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Ssi.AppHost.Infrastructure.Postgres;

/// <summary>
/// The files of a local PostgreSQL server: which binaries run it, as which operating-system user
/// (PostgreSQL refuses to run as root), and the data directory, created with <c>initdb</c> the
/// first time.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class LocalPostgresCluster
{
    private readonly string _configuredDataDirectory;

    private LocalPostgresCluster(string binDirectory, string configuredDataDirectory, string? osUser)
    {
        BinDirectory = binDirectory;
        OsUser = osUser;
        _configuredDataDirectory = configuredDataDirectory;
        DataDirectory = ResolveDataDirectory(configuredDataDirectory, osUser);
    }

    public string BinDirectory { get; }

    /// <summary>
    /// Where the cluster's files are: the configured directory, or, when the server's user cannot
    /// reach it (a parent such as /root is closed to it), a folder under /var/tmp that the
    /// configured directory links to.
    /// </summary>
    public string DataDirectory { get; }

    /// <summary>The user the server runs as when the AppHost runs as root; null to run as the AppHost's user.</summary>
    public string? OsUser { get; }

    /// <summary>Finds the newest server binaries (or <c>SSI_PG_BIN</c>) and the account to run them.</summary>
    public static LocalPostgresCluster Locate(string? configuredBinDirectory, string dataDirectory)
    {
        var binDirectory = configuredBinDirectory is { Length: > 0 }
            ? configuredBinDirectory
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql")
                    .Select(version => Path.Combine(version, "bin"))
                    .Where(bin => File.Exists(Path.Combine(bin, "postgres")))
                    .OrderByDescending(bin => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)) + ".0", out var version) ? version : new Version())
                    .FirstOrDefault()
                : null;
        if (binDirectory is null || !File.Exists(Path.Combine(binDirectory, "postgres")))
        {
            throw new PlatformSetupException(
                "PostgreSQL's server binaries were not found under /usr/lib/postgresql/*/bin: install Debian's postgresql package, set SSI_PG_BIN, or run with containers (SSI_INFRASTRUCTURE=containers).");
        }

        return new LocalPostgresCluster(binDirectory, dataDirectory, Environment.IsPrivilegedProcess ? "postgres" : null);
    }

    /// <summary>The command line that runs <paramref name="program"/> of these binaries as <see cref="OsUser"/>.</summary>
    public IEnumerable<string> CommandLine(string program, params IEnumerable<string> arguments) =>
        (OsUser is null ? [] : (IEnumerable<string>)["/usr/bin/setpriv", "--reuid", OsUser, "--regid", OsUser, "--init-groups", "--"])
            .Append(Path.Combine(BinDirectory, program))
            .Concat(arguments);

    /// <summary>Creates the cluster when the data directory holds none yet; an existing one is kept as it is.</summary>
    public async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        var data = await PrepareDataDirectoryAsync(cancellationToken);
        if (File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            return;
        }

        var passwordFile = Path.Combine(Path.GetTempPath(), $"ssi-pg-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, DevelopmentCredentials.Password + "\n", cancellationToken);
        try
        {
            await ChownAsync(passwordFile, cancellationToken);
            await RunAsync(CommandLine("initdb",
                "-D", data, "-U", DevelopmentCredentials.UserName, $"--pwfile={passwordFile}",
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"), cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }

        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"), """

            # --- added by Ssi.AppHost (local development and tests) ---
            max_connections = 300
            synchronous_commit = off
            log_line_prefix = '%m [%p] %q%u@%d '
            log_timezone = 'UTC'
            timezone = 'UTC'

            """, cancellationToken);
    }

    /// <summary>Creates the data directory for <see cref="OsUser"/>, and the link to it when it lives elsewhere.</summary>
    private async Task<string> PrepareDataDirectoryAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (DataDirectory != _configuredDataDirectory && !Path.Exists(_configuredDataDirectory))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_configuredDataDirectory)!);
            File.CreateSymbolicLink(_configuredDataDirectory, DataDirectory);
        }

        await ChownAsync(DataDirectory, cancellationToken);
        return DataDirectory;
    }

    private static string ResolveDataDirectory(string configured, string? osUser)
    {
        if (new FileInfo(configured).LinkTarget is { } link)
        {
            return link;
        }

        if (osUser is null || Directory.Exists(configured) || CanReach(osUser, FirstExistingAncestor(configured)))
        {
            return configured;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(configured)))[..10];
        return $"/var/tmp/ssi-{hash}/postgres";
    }

    private static string FirstExistingAncestor(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        while (!Directory.Exists(directory))
        {
            directory = Path.GetDirectoryName(directory)!;
        }

        return directory;
    }

    /// <summary>Whether <paramref name="osUser"/> can traverse <paramref name="directory"/> and every folder above it.</summary>
    private static bool CanReach(string osUser, string directory)
    {
        using var test = Process.Start("/usr/bin/setpriv", ["--reuid", osUser, "--regid", osUser, "--init-groups", "--", "/usr/bin/test", "-x", directory]);
        test.WaitForExit();
        return test.ExitCode == 0;
    }

    private async Task ChownAsync(string path, CancellationToken cancellationToken)
    {
        if (OsUser is not null)
        {
            await Commands.RunAsync("/bin/chown", [$"{OsUser}:", path], cancellationToken);
        }
    }

    private static async Task RunAsync(IEnumerable<string> commandLine, CancellationToken cancellationToken)
    {
        var parts = commandLine.ToList();
        await Commands.RunAsync(parts[0], parts.Skip(1), cancellationToken);
    }
}
