using MassTransit;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Ssi.Contracts;
using Ssi.Messaging.Inbox;
using Ssi.Messaging.Outbox;
using Ssi.Messaging.Redelivery;
using Ssi.Messaging.Topology;

namespace Ssi.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit over RabbitMQ (<c>ConnectionStrings:messaging</c>, an amqp:// URI with the virtual
    /// host) with the transactional outbox and inbox of <typeparamref name="TContext"/>: events added
    /// with <c>AddIntegrationEvent</c> are published by a background relay after commit, and every
    /// consumer records what it consumed in the same transaction as its effect. Queues are named
    /// after <paramref name="serviceName"/> and the consumer (<c>communications-event-published</c>)
    /// and must be listed in <paramref name="subscriptions"/> (the platform's, by default), all of
    /// which the service declares before it publishes. Call it after
    /// <c>AddServiceDatabase&lt;TContext&gt;</c>, whose DbContext picks up the interceptor
    /// registered here. The guarantees are in the library's README.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null,
        IReadOnlyList<Subscription>? subscriptions = null)
        where TContext : DbContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var brokerUri = GetBrokerUri(builder.Configuration);
        subscriptions ??= PlatformSubscriptions.All;

        var services = builder.Services;
        services.AddOptions<MessagingOptions>()
            .Bind(builder.Configuration.GetSection(MessagingOptions.SectionName))
            .PostConfigure(options => options.ConsumerRedeliveryDelays = options.ConsumerRedeliveryDelays is [] ? MessagingOptions.DefaultRedeliveryDelays : options.ConsumerRedeliveryDelays)
            .Validate(options => options.OutboxBatchSize > 0 && options.OutboxMaxAttempts > 0, "Messaging:OutboxBatchSize and Messaging:OutboxMaxAttempts must be positive.")
            .Validate(options => options.OutboxClaimLease > 2 * options.OutboxPublishTimeout,
                "Messaging:OutboxClaimLease must be more than twice Messaging:OutboxPublishTimeout, so that a relay gives its rows back before another one may take them.")
            .Validate(options => new[] { options.OutboxPollInterval, options.CleanupInterval, options.OutboxMonitorInterval, options.ErrorQueueMonitorInterval }.All(interval => interval > TimeSpan.Zero)
                    && options.ConsumerRedeliveryDelays.All(delay => delay >= TimeSpan.FromMilliseconds(1)),
                "The Messaging intervals and redelivery delays must be positive.")
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MessagingTelemetry>();

        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddSingleton<OutboxHandoff<TContext>>();
        services.AddSingleton<IInterceptor, OutboxCommitInterceptor<TContext>>();
        services.AddScoped(provider => new MessagingDbContext(provider.GetRequiredService<TContext>()));

        services.AddSingleton(new BrokerConnection(brokerUri, serviceName));
        services.AddSingleton(provider => new PlatformTopology(
            provider.GetRequiredService<BrokerConnection>(), subscriptions, provider.GetRequiredService<IOptions<MessagingOptions>>().Value));
        services.AddSingleton(provider => new ErrorQueues(
            provider.GetRequiredService<BrokerConnection>(), [.. subscriptions.Where(subscription => subscription.Service == serviceName).Select(subscription => subscription.Queue)]));
        services.AddSingleton<Redeliveries>();

        var endpointNames = new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false);
        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(endpointNames);
            configureConsumers?.Invoke(bus);
            ConsumerSubscriptions.EnsureListed(serviceName, services, endpointNames, subscriptions);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                rabbit.Host(brokerUri, host => host.PublisherConfirmation = true);

                // Outermost: once the immediate retries below are spent, a message is redelivered
                // after growing delays, and goes to its endpoint's _error queue only after those.
                _ = new RedeliveryConfigurationObserver(rabbit, context.GetRequiredService<Redeliveries>());
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
        services.AddHostedService<OutboxListener<TContext>>();
        services.AddHostedService<MessagingCleanup<TContext>>();
        services.AddHostedService<OutboxMonitor<TContext>>();
        services.AddHostedService<ErrorQueueMonitor>();
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
