using System.Runtime.Versioning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Ssi.AppHost.Infrastructure.Postgres;

internal static class PostgresExtensions
{
    /// <summary>
    /// PostgreSQL answers SIGTERM, which is how Aspire stops an executable, with a "smart"
    /// shutdown that waits for every client to disconnect; SIGINT is its fast and clean shutdown.
    /// This wrapper turns the one into the other and waits for the server to finish. The server is
    /// not the wrapper's child: it is started from a subshell that exits at once, so it leaves the
    /// wrapper's process tree. When a resource outlasts its grace period (about 6 s) the
    /// orchestrator SIGKILLs that tree, and a server killed mid-checkpoint leaves a cluster that
    /// needs recovery; outside the tree, a slow shutdown (a loaded machine) still ends cleanly, and
    /// <c>./ssi down</c> waits for it. The wrapper exits 0 when the server stopped because it was
    /// asked to, 1 when it stopped by itself.
    /// </summary>
    private const string FastShutdownWrapper = """
        exec 3>&1 4>&2
        server=$(setsid "$@" </dev/null >&3 2>&4 3>&- 4>&- & echo $!)
        stopping=0
        trap 'stopping=1; kill -INT "$server" 2>/dev/null' TERM INT
        while kill -0 "$server" 2>/dev/null && [[ $(cut -d' ' -f3 "/proc/$server/stat" 2>/dev/null) != Z ]]; do
          sleep 0.2 & wait $!
        done
        ((stopping))
        """;

    /// <summary>The container image, pinned: newer defaults (PostgreSQL 18) cannot open older data directories.</summary>
    private const string ImageTag = "17.6";

    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformPostgres(
        this IDistributedApplicationBuilder builder, string name, PlatformSettings settings, bool containers) =>
        containers ? builder.AddContainerPostgres(name, settings)
        : OperatingSystem.IsLinux() ? builder.AddLocalPostgres(name, settings)
        : throw new PlatformSetupException("Without containers, PostgreSQL runs from the machine's server binaries, which this AppHost supports on Linux only.");

    /// <summary>
    /// A database of <paramref name="server"/>, created once the server is ready, healthy once it
    /// answers. Aspire hands a server's state down to its children for containers only, so the
    /// database reports its own: running once created, exited when the server stops.
    /// </summary>
    public static IResourceBuilder<ServiceDatabaseResource> AddServiceDatabase(
        this IResourceBuilder<IResourceWithConnectionString> server, string name, string databaseName)
    {
        var database = new ServiceDatabaseResource(name, databaseName, server.Resource);
        var builder = server.ApplicationBuilder;

        builder.Eventing.Subscribe<ResourceReadyEvent>(server.Resource, async (@event, cancellationToken) =>
        {
            await CreateDatabaseAsync(database, @event.Services, cancellationToken);
            await @event.Services.GetRequiredService<ResourceNotificationService>().PublishUpdateAsync(database, state => state with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
                StopTimeStamp = null,
            });
        });
        builder.Eventing.Subscribe<ResourceStoppedEvent>(server.Resource, async (@event, _) =>
            await @event.Services.GetRequiredService<ResourceNotificationService>().PublishUpdateAsync(database, state => state with
            {
                State = KnownResourceStates.Exited,
                StopTimeStamp = DateTime.UtcNow,
            }));

        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().Add(new(healthCheck, _ => new PostgresHealthCheck(database), failureStatus: null, tags: null));
        return builder.AddResource(database)
            .WithIconName("Database")
            .WithHealthCheck(healthCheck);
    }

    private static IResourceBuilder<IResourceWithConnectionString> AddContainerPostgres(
        this IDistributedApplicationBuilder builder, string name, PlatformSettings settings)
    {
        var user = builder.AddParameter($"{name}-user", DevelopmentCredentials.UserName);
        var password = builder.AddParameter($"{name}-password", DevelopmentCredentials.Password, secret: true);
        var postgres = builder.AddPostgres(name, user, password, settings.Ports.Postgres)
            .WithImageTag(ImageTag)
            .WithDataBindMount(Path.Combine(settings.DataDirectory, "postgres-container"));
        return postgres.AsConnectionStringResource();
    }

    [SupportedOSPlatform("linux")]
    private static IResourceBuilder<IResourceWithConnectionString> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, PlatformSettings settings)
    {
        var cluster = LocalPostgresCluster.Locate(builder.Configuration["SSI_PG_BIN"], Path.Combine(settings.DataDirectory, "postgres"));
        var port = settings.Ports.Postgres;
        var resource = new LocalPostgresResource(name, "/");

        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().Add(new(healthCheck, _ => new PostgresHealthCheck(resource, "postgres"), failureStatus: null, tags: null));

        return builder.AddResource(resource)
            .WithIconName("DatabaseMultiple")
            .WithEndpoint(LocalPostgresResource.EndpointName, endpoint =>
            {
                endpoint.Port = port;
                endpoint.TargetPort = port;
                endpoint.IsProxied = false;
                endpoint.UriScheme = "tcp";
            })
            .WithArgs(["-c", FastShutdownWrapper, "postgres",
                .. cluster.CommandLine("postgres",
                    "-D", cluster.DataDirectory,
                    "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "-c", "listen_addresses=127.0.0.1",
                    "-c", "unix_socket_directories=")])
            .OnBeforeResourceStarted(async (_, _, cancellationToken) => await cluster.EnsureInitializedAsync(cancellationToken))
            .WithHealthCheck(healthCheck)
            .AsConnectionStringResource();
    }

    private static IResourceBuilder<IResourceWithConnectionString> AsConnectionStringResource<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithConnectionString =>
        builder.ApplicationBuilder.CreateResourceBuilder<IResourceWithConnectionString>(builder.Resource);

    private static async Task CreateDatabaseAsync(ServiceDatabaseResource database, IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ResourceLoggerService>().GetLogger(database.Parent);
        var connectionString = new NpgsqlConnectionStringBuilder(await database.Parent.GetConnectionStringAsync(cancellationToken))
        {
            Database = "postgres",
            Pooling = false,
        };
        await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database.DatabaseName } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        try
        {
            var identifier = new NpgsqlCommandBuilder().QuoteIdentifier(database.DatabaseName);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {identifier}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            logger.LogInformation("Created database {Database}", database.DatabaseName);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created meanwhile by another run: what was wanted.
        }
    }
}
