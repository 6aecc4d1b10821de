using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ssi.Contracts;
using Ssi.ServiceDefaults.Data;

namespace Ssi.Messaging.Tests.Infrastructure;

/// <summary>
/// A service host wired as Program.cs wires a real service (<c>AddServiceDatabase</c> then
/// <c>AddMessaging</c>), without HTTP. Started once its schema exists and its bus is connected.
/// </summary>
public sealed class TestService : IAsyncDisposable
{
    private const string DatabaseConnectionName = "testdb";

    private readonly IHost _host;

    private TestService(string name, IHost host)
    {
        Name = name;
        _host = host;
    }

    public string Name { get; }

    public IServiceProvider Services => _host.Services;

    public DeliveryLog Deliveries => Services.GetRequiredService<DeliveryLog>();

    public IBus Bus => Services.GetRequiredService<IBus>();

    public static async Task<TestService> StartAsync(
        string name,
        string databaseConnectionString,
        Uri messagingUri,
        IReadOnlyList<Subscription> subscriptions,
        Action<IBusRegistrationConfigurator>? consumers = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = name,
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseConnectionName}"] = databaseConnectionString,
            [$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = messagingUri.ToString(),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddSingleton<DeliveryLog>();
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(30);
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });

        builder.AddServiceDatabase<TestDbContext>(DatabaseConnectionName);
        builder.AddMessaging<TestDbContext>(name, consumers, subscriptions);

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        return new TestService(name, host);
    }

    public async Task<T> WithDbContextAsync<T>(Func<TestDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task WithDbContextAsync(Func<TestDbContext, Task> action) =>
        WithDbContextAsync(async dbContext =>
        {
            await action(dbContext);
            return true;
        });

    /// <summary>A new thing and its event, committed together by one SaveChanges.</summary>
    public Task<Thing> CreateThingAsync(string name) =>
        WithDbContextAsync(async dbContext =>
        {
            var thing = new Thing(Guid.NewGuid(), name);
            dbContext.Things.Add(thing);
            dbContext.AddIntegrationEvent(ThingCreated.For(thing));
            await dbContext.SaveChangesAsync();
            return thing;
        });

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
