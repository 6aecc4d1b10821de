namespace Communications.Domain.Deliveries;

/// <summary>
/// One e-mail to one recipient, rendered and queued, and what became of it. Its
/// <see cref="IdempotencyKey"/> (the business event and the recipient) is unique in the table: the
/// same news consumed twice, a campaign launched again after a restart or by two replicas queue
/// it once, so it is sent once.
/// </summary>
public sealed class Delivery
{
    public const int ErrorMaxLength = 1000;

    private Delivery()
    {
    }

    /// <param name="id">Chosen before the message is rendered: its unsubscribe link names it.</param>
    public Delivery(Guid id, string idempotencyKey, string kind, Guid? campaignId, OutgoingMessage message, DateTimeOffset now)
    {
        Id = id;
        IdempotencyKey = idempotencyKey;
        Kind = kind;
        CampaignId = campaignId;
        RecipientKey = message.RecipientKey;
        RecipientEmail = message.To;
        RecipientName = message.ToName;
        FromName = message.FromName;
        ReplyTo = message.ReplyTo;
        Subject = message.Subject;
        HtmlBody = message.HtmlBody;
        TextBody = message.TextBody;
        UnsubscribeUrl = message.UnsubscribeUrl;
        State = DeliveryState.Queued;
        CreatedAt = now.ToUniversalTime();
        NextAttemptAt = CreatedAt;
    }

    public Guid Id { get; private set; }

    public string IdempotencyKey { get; private set; } = "";

    /// <summary><c>campaign</c>, <c>subscription-confirmation</c>, or the notification's kind (<c>call-opened</c>...).</summary>
    public string Kind { get; private set; } = "";

    public Guid? CampaignId { get; private set; }

    public string RecipientKey { get; private set; } = "";

    /// <summary>Blank once the person is erased (<c>ContactErased</c>): the log keeps that something was sent, not to whom.</summary>
    public string RecipientEmail { get; private set; } = "";

    public string? RecipientName { get; private set; }

    public string FromName { get; private set; } = "";

    public string? ReplyTo { get; private set; }

    public string Subject { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public string? UnsubscribeUrl { get; private set; }

    public DeliveryState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? ClaimedBy { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>The Message-ID header, derived from <see cref="Id"/>.</summary>
    public string? MessageId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public OutgoingMessage Message => new(RecipientKey, RecipientEmail, RecipientName, FromName, ReplyTo, Subject, HtmlBody, TextBody, UnsubscribeUrl);
}
