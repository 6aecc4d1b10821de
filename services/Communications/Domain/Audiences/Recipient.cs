namespace Communications.Domain.Audiences;

/// <summary>
/// Someone an e-mail goes to. <paramref name="Key"/> names them without their address
/// (<c>contact:{id}</c>, <c>subscription:{id}</c>, <c>actor:{id}</c>), so that idempotency keys
/// carry no personal data.
/// </summary>
/// <param name="SubscriptionId">Set for a subscriber: their unsubscribe link ends this subscription; others' add them to the suppression list.</param>
public sealed record Recipient(string Key, string Email, string? Name, string? Organisation, string? Function, Guid? SubscriptionId = null);
