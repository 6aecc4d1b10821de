using System.Reflection;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ssi.Testing;

/// <summary>
/// The real PostgreSQL, RabbitMQ and SMTP server (maildev) the tests talk to: the AppHost's own resources, started once
/// per test process through Aspire (<c>SSI_INFRASTRUCTURE_ONLY</c>) on free ports with throw-away
/// data, exactly as the platform runs them. <see cref="InfrastructureFixture"/> stops them when
/// the test assembly is done. Their console logs are in <c>.ssi/logs/tests-ASSEMBLY/</c>.
/// </summary>
public static class TestInfrastructure
{
    /// <summary>
    /// A whole platform (PostgreSQL, RabbitMQ, migrations, France's territories, five services and
    /// the gateway) starting beside the other test assemblies on 2 cores: 3 minutes proved short.
    /// </summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private static readonly Lazy<Task<RunningInfrastructure>> Running = new(StartAsync);

    public static async Task<InfrastructureSettings> EnsureStartedAsync() => (await Running.Value).Settings;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// Starts the AppHost for a test: resources on free ports, data in a fresh folder that the
    /// PostgreSQL server's account can reach, and only warnings of Aspire's own in the test output.
    /// <paramref name="whileStarting"/> runs while the resources start (the start completes only
    /// once every resource has started, those held back with <c>SSI_EXPLICIT_START</c> included).
    /// </summary>
    public static async Task<TestApplication> StartAppHostAsync(
        string instance,
        IEnumerable<string> arguments,
        Action<DistributedApplicationOptions>? configure = null,
        Func<DistributedApplication, CancellationToken, Task>? whileStarting = null)
    {
        var data = CreateDataDirectory("ssi-test-");
        DistributedApplication? app = null;
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ssi_AppHost>(
            [
                $"SSI_INSTANCE={instance}",
                $"SSI_DATA_DIR={data.FullName}",
                "SSI_PG_PORT=0",
                "SSI_RABBITMQ_PORT=0",
                "SSI_RABBITMQ_MANAGEMENT_PORT=0",
                "SSI_RABBITMQ_DIST_PORT=0",
                "SSI_EPMD_PORT=0",
                "SSI_SMTP_PORT=0",
                "SSI_MAIL_INBOX_PORT=0",
                .. arguments,
            ], (options, _) => configure?.Invoke(options));
            builder.Services.AddLogging(logging => logging
                .AddFilter("Aspire", LogLevel.Warning)
                .AddFilter("Ssi.AppHost.Resources", LogLevel.None)
                .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
            app = await builder.BuildAsync();
            using var timeout = new CancellationTokenSource(StartTimeout);
            var starting = app.StartAsync(timeout.Token);
            if (whileStarting is not null)
            {
                await whileStarting(app, timeout.Token);
            }

            await starting;
            return new TestApplication(app, data);
        }
        catch
        {
            await new TestApplication(app, data).DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh temporary folder for a platform's data, open to the PostgreSQL server's account.</summary>
    public static DirectoryInfo CreateDataDirectory(string prefix)
    {
        var data = Directory.CreateTempSubdirectory(prefix);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(data.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        return data;
    }

    internal static async Task StopAsync()
    {
        if (Running.IsValueCreated)
        {
            await (await Running.Value).DisposeAsync();
        }
    }

    private static async Task<RunningInfrastructure> StartAsync()
    {
        var instance = $"tests-{Assembly.GetEntryAssembly()?.GetName().Name?.ToLowerInvariant().Replace('.', '-') ?? "unknown"}";
        var application = await StartAppHostAsync(instance, ["SSI_INFRASTRUCTURE_ONLY=true"]);
        try
        {
            var app = application.App!;
            using var timeout = new CancellationTokenSource(StartTimeout);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("postgres", timeout.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("messaging", timeout.Token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("mail", timeout.Token);
            var settings = new InfrastructureSettings(
                await app.GetConnectionStringAsync("postgres", timeout.Token) ?? throw new InvalidOperationException("postgres has no connection string."),
                new UriBuilder(await app.GetConnectionStringAsync("messaging", timeout.Token) ?? throw new InvalidOperationException("messaging has no connection string.")) { Path = "/" }.Uri,
                app.GetEndpoint("messaging", "management"),
                app.GetEndpoint("mail", "smtp"),
                app.GetEndpoint("mail", "http"));
            return new RunningInfrastructure(application, settings);
        }
        catch
        {
            await application.DisposeAsync();
            throw;
        }
    }

    private sealed record RunningInfrastructure(TestApplication Application, InfrastructureSettings Settings) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Application.DisposeAsync();
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

/// <summary>A started AppHost and its data folder; disposing stops every resource and deletes the data.</summary>
public sealed class TestApplication(DistributedApplication? app, DirectoryInfo data) : IAsyncDisposable
{
    public DistributedApplication? App { get; } = app;

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        data.Delete(recursive: true);
    }
}
