using System.Diagnostics.Metrics;
using System.Diagnostics;

namespace Ssi.Messaging;

/// <summary>The "Ssi.Messaging" activity source and meter (ServiceDefaults exports every "Ssi.*" one).</summary>
internal sealed class MessagingTelemetry
{
    public const string Name = "Ssi.Messaging";

    internal static readonly ActivitySource ActivitySource = new(Name);

    public MessagingTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Name);
        Published = meter.CreateCounter<long>("ssi.messaging.outbox.published", "{message}", "Outbox messages the broker confirmed.");
        PublishFailures = meter.CreateCounter<long>("ssi.messaging.outbox.publish_failures", "{attempt}", "Outbox publish attempts that failed and will be retried.");
        Duplicates = meter.CreateCounter<long>("ssi.messaging.inbox.duplicates", "{message}", "Redelivered messages the inbox acknowledged without consuming them again.");
    }

    internal Counter<long> Published { get; }

    internal Counter<long> PublishFailures { get; }

    internal Counter<long> Duplicates { get; }
}
