using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Communications.Sending;

/// <summary>
/// The "Ssi.Communications" meter (ServiceDefaults exports every "Ssi.*" one): how sending goes,
/// for an operator to see an SMTP outage or a wave of bounces before coordinators do.
/// </summary>
public sealed class MailTelemetry
{
    public const string Name = "Ssi.Communications";

    private readonly Counter<long> _outcomes;
    private readonly Histogram<double> _smtpDuration;

    public MailTelemetry(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(Name);
        _outcomes = meter.CreateCounter<long>("ssi.communications.deliveries", "{message}",
            "What became of each message handed to the SMTP server, by outcome (sent, retried, bounced, rejected) and kind (campaign, call-opened...).");
        _smtpDuration = meter.CreateHistogram<double>("ssi.communications.smtp.duration", "s", "How long the SMTP server took to take (or refuse) one message.");
        Interrupted = meter.CreateCounter<long>("ssi.communications.deliveries.interrupted", "{message}",
            "Messages given up because their worker stopped mid-send: each may or may not have arrived, and is not sent again.");
    }

    public Counter<long> Interrupted { get; }

    public void Record(string kind, SmtpOutcome outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "outcome", outcome == SmtpOutcome.Transient ? "retried" : outcome.ToString().ToLowerInvariant() }, { "kind", kind } };
        _outcomes.Add(1, tags);
        _smtpDuration.Record(elapsed.TotalSeconds, tags);
    }
}
