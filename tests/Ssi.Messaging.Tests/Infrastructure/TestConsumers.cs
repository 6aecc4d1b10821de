using MassTransit;

namespace Ssi.Messaging.Tests.Infrastructure;

/// <summary>Like a real consumer: changes its service's data, emits an event through the outbox, saves; the inbox is implicit.</summary>
public sealed class ThingCreatedConsumer(TestDbContext dbContext, DeliveryLog log) : IConsumer<ThingCreated>
{
    public async Task Consume(ConsumeContext<ThingCreated> context)
    {
        var messageId = context.MessageId!.Value;
        dbContext.Receipts.Add(new Receipt(context.Message.ThingId, messageId));
        dbContext.AddIntegrationEvent(new ThingAcknowledged(context.Message.ThingId, DateTimeOffset.UtcNow));
        await dbContext.SaveChangesAsync(context.CancellationToken);
        log.Add<ThingCreated>(context.Message.ThingId, messageId);
    }
}

public sealed class ThingAcknowledgedConsumer(DeliveryLog log) : IConsumer<ThingAcknowledged>
{
    public Task Consume(ConsumeContext<ThingAcknowledged> context)
    {
        log.Add<ThingAcknowledged>(context.Message.ThingId, context.MessageId!.Value);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Saves an effect, then fails while <see cref="DeliveryLog.PoisonFails"/>: the effect must roll
/// back each time, and the message come back later, then end in the error queue.
/// </summary>
public sealed class PoisonPillConsumer(TestDbContext dbContext, DeliveryLog log) : IConsumer<PoisonPill>
{
    public async Task Consume(ConsumeContext<PoisonPill> context)
    {
        log.AddPoisonAttempt();
        dbContext.Receipts.Add(new Receipt(context.Message.ThingId, context.MessageId!.Value));
        await dbContext.SaveChangesAsync(context.CancellationToken);
        if (log.PoisonFails)
        {
            throw new InvalidOperationException($"Poison pill {context.Message.ThingId} cannot be digested.");
        }

        log.Add<PoisonPill>(context.Message.ThingId, context.MessageId!.Value);
    }
}
