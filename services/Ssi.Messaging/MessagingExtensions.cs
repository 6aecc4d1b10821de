using MassTransit;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Ssi.Messaging.Inbox;
using Ssi.Messaging.Outbox;

namespace Ssi.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit over RabbitMQ (<c>ConnectionStrings:messaging</c>, an amqp:// URI with the virtual
    /// host) with the transactional outbox and inbox of <typeparamref name="TContext"/>: events added
    /// with <c>AddIntegrationEvent</c> are published by a background relay after commit, and every
    /// consumer records what it consumed in the same transaction as its effect. Queues are named
    /// after <paramref name="serviceName"/> and the consumer (<c>communications-actor-registered</c>).
    /// Call it after <c>AddServiceDatabase&lt;TContext&gt;</c>, whose DbContext picks up the
    /// interceptor registered here.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TContext : DbContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var brokerUri = GetBrokerUri(builder.Configuration);

        var services = builder.Services;
        services.AddOptions<MessagingOptions>()
            .Bind(builder.Configuration.GetSection(MessagingOptions.SectionName))
            .Validate(options => options.OutboxBatchSize > 0, "Messaging:OutboxBatchSize must be positive.")
            .Validate(options => options.OutboxPollInterval > TimeSpan.Zero && options.CleanupInterval > TimeSpan.Zero && options.OutboxMonitorInterval > TimeSpan.Zero,
                "Messaging:OutboxPollInterval, Messaging:CleanupInterval and Messaging:OutboxMonitorInterval must be positive.")
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MessagingTelemetry>();

        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddSingleton<IInterceptor, OutboxCommitInterceptor<TContext>>();
        services.AddScoped(provider => new InboxDbContext(provider.GetRequiredService<TContext>()));

        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configureConsumers?.Invoke(bus);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                rabbit.Host(brokerUri, host => host.PublisherConfirmation = true);

                // Immediate retries only: delayed redelivery needs a broker plugin Debian's RabbitMQ lacks.
                // Once they are spent the message goes to the endpoint's _error queue with its exception.
                rabbit.UseMessageRetry(retry => retry.Exponential(
                    options.ConsumerRetryLimit,
                    options.ConsumerRetryMinInterval,
                    options.ConsumerRetryMaxInterval,
                    options.ConsumerRetryIntervalDelta));
                // Inside the retry, so each attempt gets its own scope, DbContext and transaction.
                rabbit.UseConsumeFilter(typeof(InboxFilter<>), context);

                rabbit.ConfigureEndpoints(context);
            });
        });

        // After MassTransit's hosted service, so they stop before the bus does.
        services.AddHostedService<OutboxRelay<TContext>>();
        services.AddHostedService<MessagingCleanup<TContext>>();
        services.AddHostedService<OutboxMonitor<TContext>>();
        return builder;
    }

    private static Uri GetBrokerUri(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionName} is not configured: set it to the broker's amqp:// URI, virtual host included (amqp://user:password@host:5672/vhost).");
        }

        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} must be an amqp:// or amqps:// URI.");
        }

        return uri;
    }
}
