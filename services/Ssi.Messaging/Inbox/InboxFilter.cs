using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ssi.Messaging.Inbox;

/// <summary>
/// Makes every consumer idempotent. MassTransit resolves this filter from the consumer's own
/// scope (<c>UseConsumeFilter(typeof(InboxFilter&lt;&gt;), context)</c> wraps it in a scoped filter
/// whose scope the consumer factory then reuses), so both see the same DbContext. The filter opens
/// a transaction, records (message id, endpoint) with <c>ON CONFLICT DO NOTHING</c>, runs the
/// consumer, whose <c>SaveChanges</c> joins that transaction together with any events it adds to
/// the outbox, and commits. A message whose row already exists is acknowledged without running the
/// consumer; a concurrent redelivery waits on the row lock and then sees it. If the consumer throws,
/// everything rolls back and MassTransit's retry runs the filter again in a fresh scope.
/// The key is the receive endpoint, as in MassTransit's own inbox: with <c>ConfigureEndpoints</c>
/// each consumer has its own endpoint.
/// </summary>
internal sealed class InboxFilter<TMessage>(
    MessagingDbContext inbox,
    MessagingTelemetry telemetry,
    ILogger<InboxFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} has no MessageId: the inbox cannot tell a redelivery from a new message.");
        var consumer = context.ReceiveContext.InputAddress.Segments[^1];
        var database = inbox.Value.Database;

        await using var transaction = await database.BeginTransactionAsync(context.CancellationToken);
        var recorded = await database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, received_at) VALUES ({messageId}, {consumer}, now()) ON CONFLICT DO NOTHING",
            context.CancellationToken);

        var tags = MessagingTelemetry.MessageTags(typeof(TMessage).Name, consumer);
        if (recorded == 0)
        {
            logger.LogInformation("Ignored {MessageType} {MessageId} on {Consumer}: already consumed", typeof(TMessage).Name, messageId, consumer);
            telemetry.Duplicates.Add(1, tags);
            // Without this MassTransit would move the message, consumed by nobody, to the _skipped queue.
            await context.NotifyConsumed(context, TimeSpan.Zero, nameof(InboxFilter<>));
            return;
        }

        try
        {
            await next.Send(context);
        }
        catch (Exception exception)
        {
            tags.Add("error.type", exception.GetType().Name);
            telemetry.ConsumerFailures.Add(1, tags);
            throw;
        }

        await transaction.CommitAsync(context.CancellationToken);
        telemetry.Consumed.Add(1, tags);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
