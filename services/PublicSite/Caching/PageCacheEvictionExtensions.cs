using MassTransit;

namespace PublicSite.Caching;

public static class PageCacheEvictionExtensions
{
    /// <summary>
    /// Listens to the platform's integration events on a queue of this replica's own, deleted when
    /// it stops: every replica keeps its own cache, so every replica must hear every change.
    /// </summary>
    public static IHostApplicationBuilder AddPageCacheEviction(this IHostApplicationBuilder builder)
    {
        var broker = builder.Configuration.GetConnectionString("messaging");
        if (!Uri.TryCreate(broker, UriKind.Absolute, out var brokerUri))
        {
            throw new InvalidOperationException("ConnectionStrings:messaging must be the broker's amqp:// URI: the site evicts its cached pages on the platform's integration events.");
        }

        builder.Services.AddMassTransit(bus =>
        {
            bus.AddConsumer<PageCacheEviction>();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(brokerUri);
                rabbit.ReceiveEndpoint(new TemporaryEndpointDefinition("public-site"), endpoint =>
                {
                    endpoint.ConfigureConsumeTopology = true;
                    endpoint.ConfigureConsumer<PageCacheEviction>(context);
                });
            });
        });
        return builder;
    }
}
