namespace Communications.Sending;

public enum SmtpOutcome
{
    Sent,

    /// <summary>Worth another try later: the server was unreachable, busy or answered 4xx.</summary>
    Transient,

    /// <summary>The server refused the recipient for good (5xx on RCPT TO).</summary>
    Bounced,

    /// <summary>The server refused the message for good (any other 5xx).</summary>
    Rejected,
}

public sealed record SmtpResult(SmtpOutcome Outcome, string? Error = null);
