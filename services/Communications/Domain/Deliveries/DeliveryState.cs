namespace Communications.Domain.Deliveries;

public enum DeliveryState
{
    /// <summary>Waiting for its turn, or for its next attempt after a transient failure.</summary>
    Queued,

    /// <summary>Handed to the SMTP server by a worker that has not recorded the outcome yet.</summary>
    Sending,
    Sent,

    /// <summary>Given up: refused for good by the server, out of attempts, or interrupted mid-send (never sent again, so never twice).</summary>
    Failed,

    /// <summary>The server refused the recipient's address; it joins the suppression list.</summary>
    Bounced,

    /// <summary>Its campaign was cancelled before it went.</summary>
    Cancelled,
}
