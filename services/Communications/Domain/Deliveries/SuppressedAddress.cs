namespace Communications.Domain.Deliveries;

/// <summary>
/// An address nothing is sent to any more, whatever segment or notification names it: the person
/// unsubscribed from everything, the server refused it (hard bounce), or an admin added it.
/// </summary>
public sealed class SuppressedAddress
{
    private SuppressedAddress()
    {
    }

    public SuppressedAddress(string email, SuppressionReason reason, DateTimeOffset now)
    {
        Email = email;
        Reason = reason;
        CreatedAt = now.ToUniversalTime();
    }

    /// <summary>Lower-cased.</summary>
    public string Email { get; private set; } = "";

    public SuppressionReason Reason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}

public enum SuppressionReason
{
    Unsubscribed,
    Bounced,
    Manual,
}
