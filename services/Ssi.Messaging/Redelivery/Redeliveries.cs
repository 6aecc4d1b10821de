using System.Text;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using Ssi.Messaging.Topology;

namespace Ssi.Messaging.Redelivery;

/// <summary>
/// Sends a message whose consumer failed (its immediate retries spent) to wait in the delay queue
/// of its next redelivery, as it was received, counting the redeliveries in a header. Once they
/// are spent, or when the copy cannot be sent, the message goes to its endpoint's <c>_error</c>
/// queue, with one alert-ready log line and a metric.
/// </summary>
internal sealed class Redeliveries(
    BrokerConnection broker,
    PlatformTopology topology,
    MessagingTelemetry telemetry,
    IOptions<MessagingOptions> options,
    ILogger<Redeliveries> logger)
{
    public const string AttemptHeader = "ssi-redelivery-attempt";
    public const string ErrorHeader = "ssi-redelivery-error";
    private const int ErrorHeaderMaxLength = 500;

    /// <returns>True when the message will come back later; false when it must go to the error queue.</returns>
    public async Task<bool> TryScheduleAsync<TMessage>(ConsumeContext<TMessage> context, Exception failure) where TMessage : class
    {
        var queue = context.ReceiveContext.InputAddress.Segments[^1];
        var delays = options.Value.ConsumerRedeliveryDelays;
        var attempt = AttemptOf(context.ReceiveContext.TransportHeaders);
        var tags = MessagingTelemetry.MessageTags(typeof(TMessage).Name, queue);
        if (attempt < delays.Length && context.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var received))
        {
            try
            {
                await topology.EnsureDeclaredAsync(context.CancellationToken);
                await using var channel = await broker.CreateChannelAsync(context.CancellationToken);
                await channel.BasicPublishAsync(RedeliveryTopology.DelayExchange(delays[attempt]), queue, mandatory: true,
                    Copy(received.Properties, attempt + 1, failure), context.ReceiveContext.Body.GetBytes(), context.CancellationToken);
                telemetry.Redeliveries.Add(1, tags);
                logger.LogWarning(failure, "{Consumer} could not handle {MessageType} {MessageId}; redelivery {Attempt} of {Redeliveries} in {Delay}",
                    queue, typeof(TMessage).Name, context.MessageId, attempt + 1, delays.Length, delays[attempt]);
                return true;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not schedule the redelivery of {MessageType} {MessageId} on {Consumer}", typeof(TMessage).Name, context.MessageId, queue);
            }
        }

        telemetry.ErrorQueued.Add(1, tags);
        logger.LogError(failure,
            "Message moved to error queue {ErrorQueue}: {MessageType} {MessageId} failed on {Consumer} after {Redeliveries} redeliveries. Fix the cause, then POST /admin/messaging/error-queues/{ErrorQueue}/redeliver",
            ErrorQueues.ErrorQueueOf(queue), typeof(TMessage).Name, context.MessageId, queue, attempt, ErrorQueues.ErrorQueueOf(queue));
        return false;
    }

    private static int AttemptOf(MassTransit.Headers headers) =>
        headers.TryGetHeader(AttemptHeader, out var value) ? value switch
        {
            int number => number,
            long number => (int)number,
            byte[] text when int.TryParse(Encoding.UTF8.GetString(text), out var number) => number,
            string text when int.TryParse(text, out var number) => number,
            _ => 0,
        } : 0;

    private static BasicProperties Copy(IReadOnlyBasicProperties received, int attempt, Exception failure)
    {
        var headers = new Dictionary<string, object?>(received.Headers ?? new Dictionary<string, object?>())
        {
            [AttemptHeader] = attempt,
            [ErrorHeader] = Truncate($"{failure.GetType().Name}: {failure.Message}"),
        };
        return received.CopyPersistent(headers);
    }

    private static string Truncate(string text) => text.Length <= ErrorHeaderMaxLength ? text : text[..ErrorHeaderMaxLength];
}
