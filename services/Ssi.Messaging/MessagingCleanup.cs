using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ssi.Messaging.Inbox;
using Ssi.Messaging.Outbox;

namespace Ssi.Messaging;

/// <summary>Deletes delivered outbox rows and old inbox rows once past their retention; pending rows are never touched.</summary>
internal sealed class MessagingCleanup<TContext>(
    IServiceScopeFactory scopeFactory,
    IOptions<MessagingOptions> options,
    ILogger<MessagingCleanup<TContext>> logger) : BackgroundService
    where TContext : DbContext
{
    private readonly MessagingOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.CleanupInterval);
        do
        {
            try
            {
                await CleanUpAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Messaging cleanup for {Context} failed; next try in {Interval}", typeof(TContext).Name, _options.CleanupInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = DateTimeOffset.UtcNow;

        var outboxCutoff = now - _options.OutboxRetention;
        var outbox = await dbContext.Set<OutboxMessage>()
            .Where(message => message.DeliveredAt != null && message.DeliveredAt < outboxCutoff)
            .ExecuteDeleteAsync(cancellationToken);

        var inboxCutoff = now - _options.InboxRetention;
        var inbox = await dbContext.Set<InboxMessage>()
            .Where(message => message.ReceivedAt < inboxCutoff)
            .ExecuteDeleteAsync(cancellationToken);

        if (outbox + inbox > 0)
        {
            logger.LogInformation("Deleted {OutboxCount} delivered outbox rows and {InboxCount} inbox rows past retention", outbox, inbox);
        }
    }
}
