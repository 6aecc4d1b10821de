using Microsoft.Extensions.Options;

namespace Communications.Sending;

/// <summary>The absolute links e-mails carry, on the service's public address.</summary>
public sealed class MailLinks(IOptions<MailOptions> options, LinkTokens tokens)
{
    private string Base => options.Value.LinkBaseUrl.TrimEnd('/');

    public string Confirm(string token) => $"{Base}/subscriptions/confirm?token={Uri.EscapeDataString(token)}";

    public string UnsubscribeFromSubscription(Guid subscriptionId) => Unsubscribe(tokens.ForSubscription(subscriptionId));

    public string UnsubscribeAddress(string email) => Unsubscribe(tokens.ForAddress(email));

    private string Unsubscribe(string token) => $"{Base}/unsubscribe?token={Uri.EscapeDataString(token)}";
}
