namespace Communications.Domain.Deliveries;

/// <summary>A rendered e-mail, ready for the SMTP server.</summary>
/// <param name="UnsubscribeUrl">When set, the message carries RFC 8058's <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post</c> headers.</param>
public sealed record OutgoingMessage(
    string RecipientKey,
    string To,
    string? ToName,
    string FromName,
    string? ReplyTo,
    string Subject,
    string HtmlBody,
    string TextBody,
    string? UnsubscribeUrl);
