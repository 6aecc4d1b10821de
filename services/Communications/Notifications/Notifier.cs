using Communications.Domain.Audiences;
using Communications.Domain.Deliveries;
using Communications.Sending;

namespace Communications.Notifications;

/// <summary>
/// Queues one of the platform's own e-mails for each recipient, keyed by the business event and
/// the recipient: the same news consumed twice queues nothing more.
/// </summary>
public sealed class Notifier(DeliveryWriter writer, MailLinks links, TimeProvider clock)
{
    public const string PlatformName = "Festival des Solidarités";

    /// <param name="businessKey">Names the event notified (<c>{callId}</c>, <c>{applicationId}:{occurredAt}</c>): with the kind and the recipient it makes the idempotency key.</param>
    /// <param name="unsubscribable">Announcements carry a one-click unsubscribe link; what concerns the recipient's own file does not.</param>
    public Task<int> NotifyAsync(
        NotificationTemplate template,
        string businessKey,
        IEnumerable<Recipient> recipients,
        IReadOnlyDictionary<string, string> values,
        bool unsubscribable,
        CancellationToken cancellationToken,
        string fromName = PlatformName)
    {
        var now = clock.GetUtcNow();
        var deliveries = recipients.Select(recipient =>
        {
            var id = Guid.CreateVersion7(now);
            var unsubscribe = unsubscribable ? links.Unsubscribe(recipient, id) : null;
            var (subject, html, text) = template.Render(new Dictionary<string, string>(values, StringComparer.Ordinal)
            {
                ["recipient.name"] = recipient.Name ?? "",
                [MailLayout.UnsubscribeUrl] = unsubscribe ?? "",
            });
            var message = new OutgoingMessage(recipient.Key, recipient.Email, HeaderText.OneLine(recipient.Name), fromName, null,
                HeaderText.OneLine(subject) ?? "", html, text, unsubscribe);
            return new Delivery(id, $"{template.Kind}:{businessKey}:{recipient.Key}", template.Kind, null, message, now);
        }).ToList();
        return writer.QueueAsync(deliveries, cancellationToken);
    }
}
