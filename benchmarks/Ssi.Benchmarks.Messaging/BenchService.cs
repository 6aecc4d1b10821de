using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Ssi.Contracts;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;

namespace Ssi.Benchmarks.Messaging;

/// <summary>A replica of a service as Program.cs wires one (<c>AddServiceDatabase</c>, <c>AddMessaging</c>), without HTTP.</summary>
public sealed class BenchService(IHost host) : IAsyncDisposable
{
    public static readonly Subscription Pinged = new("bench-consumer", "bench-pinged", typeof(BenchPinged));

    public IServiceProvider Services => host.Services;

    public static async Task<BenchService> StartAsync(string name, string database, Uri virtualHost, Timings timings, bool consumes = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = name, EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:benchdb"] = database,
            [$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = virtualHost.ToString(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(timings);
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        builder.AddServiceDatabase<BenchContext>("benchdb");
        builder.AddMessaging<BenchContext>(name, consumes ? bus => bus.AddConsumer<BenchPingedConsumer>() : null, [Pinged]);

        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BenchContext>().Database.EnsureCreatedAsync();
        }

        await app.StartAsync();
        return new BenchService(app);
    }

    /// <summary>Commits <paramref name="ids"/>' events in one transaction; they count as sent once it returns.</summary>
    public async Task CommitAsync(Timings timings, params Guid[] ids)
    {
        await using var scope = Services.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<BenchContext>();
        foreach (var id in ids)
        {
            dbContext.AddIntegrationEvent(new BenchPinged(id, DateTimeOffset.UtcNow));
        }

        await dbContext.SaveChangesAsync();
        foreach (var id in ids)
        {
            timings.Sent(id);
        }
    }

    /// <summary>
    /// Commits <paramref name="count"/> events in one transaction, then measures the rows delivered
    /// per second from the first delivery to the last, whichever replica delivered them.
    /// </summary>
    public async Task<double> BurstRateAsync(Timings timings, int count)
    {
        await using var scope = Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<BenchContext>().Database;
        var after = await database.SqlQuery<LastRow>($"SELECT coalesce(max(id), 0) AS id FROM outbox_messages").SingleAsync();
        await CommitAsync(timings, [.. Enumerable.Range(0, count).Select(_ => Guid.NewGuid())]);
        while (true)
        {
            var span = await database
                .SqlQuery<DeliverySpan>($"""
                    SELECT count(*) AS delivered, extract(epoch FROM max(delivered_at) - min(delivered_at))::float8 AS seconds
                    FROM outbox_messages WHERE id > {after.Id} AND delivered_at IS NOT NULL
                    """)
                .SingleAsync();
            if (span.Delivered >= count)
            {
                return span.Delivered / span.Seconds!.Value;
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }

    private sealed record LastRow(long Id);

    private sealed record DeliverySpan(long Delivered, double? Seconds);
}
