using System.Runtime.Versioning;
using System.Globalization;

namespace Ssi.AppHost.Infrastructure.RabbitMq;

/// <summary>
/// The files and environment of a local RabbitMQ node: its configuration, written before each
/// start, and the variables that keep it on its own ports, data directory and port mapper.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class LocalRabbitMqNode(string dataDirectory, PlatformPorts ports)
{
    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const string NodeName = "ssi@localhost";

    public string DataDirectory { get; } = dataDirectory;

    public static void EnsureInstalled()
    {
        if (!File.Exists(ServerScript))
        {
            throw new PlatformSetupException(
                $"RabbitMQ is not installed ({ServerScript} is missing): './ssi up' installs Debian's rabbitmq-server (as root), or run 'apt-get install rabbitmq-server', or run with containers (SSI_INFRASTRUCTURE=containers).");
        }
    }

    public static string EpmdPath() =>
        new[] { "/usr/bin/epmd", "/usr/lib/erlang/bin/epmd" }.FirstOrDefault(File.Exists)
        ?? (Directory.Exists("/usr/lib/erlang") ? Directory.EnumerateFiles("/usr/lib/erlang", "epmd", SearchOption.AllDirectories).FirstOrDefault() : null)
        ?? throw new PlatformSetupException("epmd was not found: is Debian's erlang-base installed?");

    /// <summary>
    /// The node's environment. <c>RUNNING_UNDER_SYSTEMD</c> makes the start script exec the
    /// Erlang VM itself, which stops gracefully on SIGTERM without needing <c>rabbitmqctl</c>
    /// (and so without the port mapper, which may be stopping at the same moment);
    /// <c>-start_epmd false</c> (in <c>ERL_FLAGS</c>, so for every Erlang VM the scripts start) keeps
    /// them from starting a stray port mapper of their own when ours is not up.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment() => new Dictionary<string, string>
    {
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_USE_LONGNAME"] = "false",
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Port(ports.RabbitMq),
        ["RABBITMQ_DIST_PORT"] = Port(ports.RabbitMqDistribution),
        ["ERL_FLAGS"] = "-start_epmd false",
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
        ["RABBITMQ_CTL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
        ["ERL_EPMD_PORT"] = Port(ports.Epmd),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(DataDirectory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(DataDirectory, "log"),
        ["RABBITMQ_LOGS"] = "-",
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(DataDirectory, "rabbitmq.conf"),
        ["RABBITMQ_CONFIG_FILES"] = Path.Combine(DataDirectory, "conf.d"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(DataDirectory, "advanced.config"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(DataDirectory, "rabbitmq-env.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(DataDirectory, "enabled_plugins"),
        ["RABBITMQ_PID_FILE"] = Path.Combine(DataDirectory, "rabbitmq.pid"),
        ["RUNNING_UNDER_SYSTEMD"] = "true",
        ["HOME"] = Path.Combine(DataDirectory, "home"),
    };

    /// <summary>Writes the node's configuration; the account and virtual host apply when its database is new.</summary>
    public async Task WriteConfigurationAsync(CancellationToken cancellationToken)
    {
        foreach (var directory in new[] { "mnesia", "log", "conf.d" })
        {
            Directory.CreateDirectory(Path.Combine(DataDirectory, directory));
        }

        Directory.CreateDirectory(Path.Combine(DataDirectory, "home"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await File.WriteAllTextAsync(Path.Combine(DataDirectory, "rabbitmq-env.conf"), "", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(DataDirectory, "enabled_plugins"), "[rabbitmq_management].\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(DataDirectory, "rabbitmq.conf"), $"""
            # Written by Ssi.AppHost on every start.
            listeners.tcp.default = 127.0.0.1:{Port(ports.RabbitMq)}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {Port(ports.RabbitMqManagement)}
            default_user = {DevelopmentCredentials.UserName}
            default_pass = {DevelopmentCredentials.Password}
            default_vhost = {DevelopmentCredentials.VirtualHost}
            default_user_tags.administrator = true
            default_permissions.configure = .*
            default_permissions.read = .*
            default_permissions.write = .*
            log.console = true
            log.console.level = info
            log.file = false

            """, cancellationToken);
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
