using Communications.Domain.Audiences;
using Microsoft.Extensions.Options;

namespace Communications.Sending;

/// <summary>The absolute links e-mails carry, on the service's public address.</summary>
public sealed class MailLinks(IOptions<MailOptions> options, LinkTokens tokens)
{
    private string Base => options.Value.LinkBaseUrl.TrimEnd('/');

    public string Confirm(string token) => $"{Base}/subscriptions/confirm?token={Uri.EscapeDataString(token)}";

    /// <summary>A subscriber's link ends their subscription; anyone else's stops every e-mail to their address.</summary>
    public string Unsubscribe(Recipient recipient, Guid deliveryId) => Unsubscribe(recipient.SubscriptionId is { } subscriptionId
        ? tokens.ForSubscription(subscriptionId)
        : tokens.ForDelivery(deliveryId));

    private string Unsubscribe(string token) => $"{Base}/unsubscribe?token={Uri.EscapeDataString(token)}";
}
