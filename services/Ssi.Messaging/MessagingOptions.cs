namespace Ssi.Messaging;

/// <summary>Bound from the <c>Messaging</c> configuration section; the defaults suit production.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>The relay's safety net: it is woken right after each commit and polls this often besides.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows the relay claims and publishes per transaction.</summary>
    public int OutboxBatchSize { get; set; } = 100;

    /// <summary>How long a publish may wait for the broker's confirmation before it counts as failed.</summary>
    public TimeSpan OutboxPublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a relay holds the rows it claimed; it gives back what it has not sent by half of
    /// it, and another relay may take rows whose lease ran out (their relay died).
    /// </summary>
    public TimeSpan OutboxClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Delay before the first retry of a row that failed to publish; doubles with each attempt.</summary>
    public TimeSpan OutboxRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan OutboxMaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait after <paramref name="failures"/> failures in a row: the retry delay, doubled each time, up to the maximum.</summary>
    internal TimeSpan RetryDelayAfter(int failures) =>
        TimeSpan.FromTicks((long)Math.Min(OutboxRetryDelay.Ticks * Math.Pow(2, failures), OutboxMaxRetryDelay.Ticks));

    /// <summary>
    /// Attempts after which a row that fails for a reason of its own (it cannot be read or sent)
    /// is dead; the broker being away never makes a row dead.
    /// </summary>
    public int OutboxMaxAttempts { get; set; } = 10;

    /// <summary>Delivered outbox rows are deleted after this long.</summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Inbox rows are deleted after this long; a duplicate arriving later would be handled again,
    /// so keep it well above any redelivery delay.
    /// </summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the outbox is sampled for the pending-messages gauges.</summary>
    public TimeSpan OutboxMonitorInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Immediate retries of a failing consumer before its message goes to the <c>_error</c> queue.</summary>
    public int ConsumerRetryLimit { get; set; } = 3;

    public TimeSpan ConsumerRetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan ConsumerRetryMaxInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan ConsumerRetryIntervalDelta { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Once its immediate retries are spent, a message comes back after each of these delays in
    /// turn (a database outage of hours loses nothing); after the last it goes to the error queue.
    /// </summary>
    /// <remarks>Configured delays replace <see cref="DefaultRedeliveryDelays"/>, which apply when none are.</remarks>
    public TimeSpan[] ConsumerRedeliveryDelays { get; set; } = [];

    public static readonly TimeSpan[] DefaultRedeliveryDelays =
        [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    /// <summary>How often the service's error queues are counted for their gauge.</summary>
    public TimeSpan ErrorQueueMonitorInterval { get; set; } = TimeSpan.FromSeconds(30);
}
