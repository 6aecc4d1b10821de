using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ssi.ServiceDefaults.Data;
using Xunit;

namespace Ssi.Testing;

/// <summary>
/// One service in the test host, on its own throw-away database (migrated) and RabbitMQ virtual
/// host, accepting tokens from <see cref="TestTokens"/>.
/// </summary>
public class ServiceFactory<TEntryPoint, TContext>(string connectionName) : WebApplicationFactory<TEntryPoint>, IAsyncLifetime
    where TEntryPoint : class
    where TContext : DbContext
{
    private TestDatabase? _database;
    private TestVirtualHost? _virtualHost;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The factory is not initialized.");

    public TestVirtualHost VirtualHost => _virtualHost ?? throw new InvalidOperationException("The factory is not initialized.");

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(connectionName);
        _virtualHost = await TestVirtualHost.CreateAsync(connectionName);

        // Migrated before the host starts, as ./ssi does, so the outbox relay never meets a missing table.
        var options = new DbContextOptionsBuilder<TContext>().UseServiceDatabase(Database.ConnectionString).Options;
        await using var context = (TContext)Activator.CreateInstance(typeof(TContext), options)!;
        await context.Database.MigrateAsync();
        await SeedAsync(context);

        await WaitUntilHealthyAsync();
    }

    /// <summary>Where the service reaches the broker: its virtual host, or a proxy in front of it.</summary>
    protected virtual Uri MessagingUri => VirtualHost.AmqpUri;

    /// <summary>Reference data the service needs before it starts, written straight to its database.</summary>
    protected virtual Task SeedAsync(TContext db) => Task.CompletedTask;

    /// <summary>Starts the host and waits for its database and bus to be ready, so no test publishes to an unbound exchange.</summary>
    private async Task WaitUntilHealthyAsync()
    {
        var client = CreateClient();
        await Eventually.Async(async () => (await client.GetAsync("/health")).EnsureSuccessStatusCode(), TimeSpan.FromSeconds(30));
    }

    public HttpClient CreateClient(string bearerToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return client;
    }

    public async Task<T> InScopeAsync<T>(Func<TContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{connectionName}", Database.ConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", MessagingUri.ToString());
        builder.UseSetting("Authentication:Jwt:SigningKey", TestTokens.SigningKey);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_virtualHost is not null)
        {
            await _virtualHost.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
