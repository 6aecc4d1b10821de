namespace Communications.Domain.Subscriptions;

public enum SubscriptionStatus
{
    /// <summary>Asked for, waiting for the person to confirm from the e-mail (double opt-in).</summary>
    Pending,
    Confirmed,
    Unsubscribed,
}
