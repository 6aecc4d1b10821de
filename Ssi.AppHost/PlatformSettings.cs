using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Ssi.AppHost.Infrastructure;

namespace Ssi.AppHost;

/// <summary>
/// What a run of the platform may change, read from the AppHost's configuration: the same
/// <c>SSI_*</c> environment variables <c>./ssi</c> documents, or <c>SSI_X=value</c> arguments.
/// </summary>
internal sealed partial record PlatformSettings
{
    public required string RepositoryRoot { get; init; }

    /// <summary>Everything the platform writes locally: data, logs, the development signing key (<c>SSI_STATE_DIR</c>).</summary>
    public required string StateDirectory { get; init; }

    /// <summary>Names a platform with data of its own (<c>SSI_INSTANCE</c>).</summary>
    public required string Instance { get; init; }

    /// <summary>PostgreSQL's and RabbitMQ's files, kept across runs (<c>SSI_DATA_DIR</c>).</summary>
    public required string DataDirectory { get; init; }

    public required InfrastructureKind Infrastructure { get; init; }

    public required PlatformPorts Ports { get; init; }

    /// <summary>Only PostgreSQL and RabbitMQ, for the test fixtures (<c>SSI_INFRASTRUCTURE_ONLY=true</c>).</summary>
    public required bool InfrastructureOnly { get; init; }

    /// <summary>The documents' organisations loaded after the territories (<c>SSI_DEMO=0</c> skips them).</summary>
    public required bool DemoData { get; init; }

    /// <summary>
    /// Services that wait to be started from the dashboard (or by a test) instead of starting with
    /// the platform (<c>SSI_EXPLICIT_START=events-calendar,communications</c>).
    /// </summary>
    public required IReadOnlySet<string> ExplicitStart { get; init; }

    /// <summary><c>SSI_GATEWAY_CONFIG__X__Y=v</c> reaches the gateway as its <c>X__Y=v</c>.</summary>
    public required IReadOnlyDictionary<string, string> GatewayConfiguration { get; init; }

    /// <summary><c>SSI_COMMUNICATIONS_CONFIG__X__Y=v</c> reaches communications as its <c>X__Y=v</c> (e.g. <c>Mail__MessagesPerSecond</c>).</summary>
    public required IReadOnlyDictionary<string, string> CommunicationsConfiguration { get; init; }

    public string LogDirectory => Path.Combine(StateDirectory, "logs", Instance);

    public static PlatformSettings Read(IConfiguration configuration, string appHostDirectory)
    {
        var repositoryRoot = Path.GetFullPath(Path.Combine(appHostDirectory, ".."));
        var stateDirectory = Path.GetFullPath(configuration["SSI_STATE_DIR"] is { Length: > 0 } state
            ? state
            : Path.Combine(repositoryRoot, ".ssi"));
        var instance = configuration["SSI_INSTANCE"] is { Length: > 0 } name ? name : "default";
        if (!InstanceName().IsMatch(instance))
        {
            throw new InvalidOperationException($"SSI_INSTANCE must match [a-z0-9][a-z0-9_-]* (at most 40 characters), got '{instance}'.");
        }

        return new PlatformSettings
        {
            RepositoryRoot = repositoryRoot,
            StateDirectory = stateDirectory,
            Instance = instance,
            DataDirectory = Path.GetFullPath(configuration["SSI_DATA_DIR"] is { Length: > 0 } data
                ? data
                : Path.Combine(stateDirectory, "data", instance)),
            Infrastructure = ReadInfrastructure(configuration["SSI_INFRASTRUCTURE"]),
            Ports = PlatformPorts.Read(configuration),
            InfrastructureOnly = IsTrue(configuration["SSI_INFRASTRUCTURE_ONLY"]),
            DemoData = configuration["SSI_DEMO"] is not ("0" or "false"),
            ExplicitStart = (configuration["SSI_EXPLICIT_START"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(),
            GatewayConfiguration = ReadPassThrough(configuration, "SSI_GATEWAY_CONFIG"),
            CommunicationsConfiguration = ReadPassThrough(configuration, "SSI_COMMUNICATIONS_CONFIG"),
        };
    }

    /// <remarks>
    /// From the environment the keys arrive as a section (<c>SSI_GATEWAY_CONFIG:X:Y</c>, the
    /// provider turns <c>__</c> into <c>:</c>); from the command line they keep their <c>__</c>.
    /// </remarks>
    private static Dictionary<string, string> ReadPassThrough(IConfiguration configuration, string section)
    {
        var prefix = section + "__";
        var fromArguments = configuration.AsEnumerable()
            .Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal) && pair.Value is not null)
            .Select(pair => (Key: pair.Key[prefix.Length..], pair.Value));
        var fromEnvironment = configuration.GetSection(section).AsEnumerable(makePathsRelative: true)
            .Where(pair => pair.Value is not null)
            .Select(pair => (Key: pair.Key.Replace(":", "__", StringComparison.Ordinal), pair.Value));
        return fromArguments.Concat(fromEnvironment).ToDictionary(pair => pair.Key, pair => pair.Value!);
    }

    private static InfrastructureKind ReadInfrastructure(string? value) => value?.ToLowerInvariant() switch
    {
        null or "" or "auto" => InfrastructureKind.Auto,
        "containers" or "container" => InfrastructureKind.Containers,
        "executables" or "executable" or "local" => InfrastructureKind.Executables,
        _ => throw new InvalidOperationException($"SSI_INFRASTRUCTURE must be auto, containers or executables, got '{value}'."),
    };

    private static bool IsTrue(string? value) => value is "1" or "true" or "True";

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,39}$")]
    private static partial Regex InstanceName();
}

internal enum InfrastructureKind
{
    /// <summary>Containers when a container runtime answers, the machine's executables otherwise.</summary>
    Auto,
    Containers,
    Executables,
}

/// <summary>The platform's fixed loopback ports; 0 picks a free one (the tests run beside a developer's platform).</summary>
internal sealed record PlatformPorts(
    int Postgres,
    int RabbitMq,
    int RabbitMqManagement,
    int RabbitMqDistribution,
    int Epmd,
    int ServiceBase,
    int Gateway,
    int Smtp,
    int MailInbox)
{
    public static PlatformPorts Read(IConfiguration configuration) => new(
        OrFree(Port(configuration, "SSI_PG_PORT", 55432)),
        OrFree(Port(configuration, "SSI_RABBITMQ_PORT", 55672)),
        OrFree(Port(configuration, "SSI_RABBITMQ_MANAGEMENT_PORT", 55674)),
        OrFree(Port(configuration, "SSI_RABBITMQ_DIST_PORT", 55673)),
        OrFree(Port(configuration, "SSI_EPMD_PORT", 54369)),
        Port(configuration, "SSI_SERVICE_PORT_BASE", 5100),
        OrFree(Port(configuration, "SSI_GATEWAY_PORT", 5080)),
        OrFree(Port(configuration, "SSI_SMTP_PORT", 51025)),
        OrFree(Port(configuration, "SSI_MAIL_INBOX_PORT", 51080)));

    /// <summary>The port of the service at <paramref name="offset"/> (1 to 4) above the base, or a free one.</summary>
    public int Service(int offset) => ServiceBase == 0 ? FreePorts.Next() : ServiceBase + offset;

    private static int Port(IConfiguration configuration, string key, int defaultPort)
    {
        var value = configuration[key];
        if (string.IsNullOrEmpty(value))
        {
            return defaultPort;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > IPEndPoint.MaxPort)
        {
            throw new InvalidOperationException($"{key} must be a TCP port (0 picks a free one), got '{value}'.");
        }

        return port;
    }

    private static int OrFree(int port) => port == 0 ? FreePorts.Next() : port;
}
