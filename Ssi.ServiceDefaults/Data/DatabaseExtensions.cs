using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ssi.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    public const string MigrateArgument = "--migrate";

    /// <summary>
    /// Registers the service's own PostgreSQL database from <c>ConnectionStrings:{connectionName}</c>
    /// with snake_case names, a readiness check, and every EF Core interceptor found in DI
    /// (the messaging outbox adds one that wakes its relay after commit).
    /// </summary>
    /// <remarks>
    /// Contexts are pooled: a fresh one spends 0.2–0.4 ms of CPU setting itself up on its first
    /// command, in every request and every consumed message. So a context must keep no state of
    /// its own beyond what EF Core resets (its constructor takes only its options), and the
    /// interceptors, built once, must not tie anything to a context instance that outlives a scope.
    /// </remarks>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");

        builder.Services.AddDbContextPool<TContext>((services, options) => options
            .UseServiceDatabase(connectionString)
            .AddInterceptors(services.GetServices<IInterceptor>()));

        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(connectionName);
        return builder;
    }

    /// <summary>
    /// The conventions of every service database; design-time factories use it too. Commands are
    /// traced only inside an operation (a request, a consumed message, a relayed event): the
    /// background polls of the outbox would otherwise fill the dashboard with a trace a second.
    /// </summary>
    public static DbContextOptionsBuilder UseServiceDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                .ConfigureDataSource(dataSource => dataSource.ConfigureTracing(tracing => tracing
                    .ConfigureCommandFilter(_ => Activity.Current is not null)
                    .ConfigureBatchFilter(_ => Activity.Current is not null))))
            .UseSnakeCaseNamingConvention();

    public static DbContextOptionsBuilder<TContext> UseServiceDatabase<TContext>(this DbContextOptionsBuilder<TContext> options, string connectionString)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)options).UseServiceDatabase(connectionString);
        return options;
    }

    /// <summary>
    /// <c>dotnet Service.dll --migrate</c> applies the EF Core migrations and exits: <c>./ssi up</c>
    /// runs it before starting the services. Returns true when it did so.
    /// </summary>
    public static async Task<bool> MigrateIfRequestedAsync<TContext>(this IHost app, string[] args) where TContext : DbContext
    {
        if (!args.Contains(MigrateArgument))
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync();
        return true;
    }
}
