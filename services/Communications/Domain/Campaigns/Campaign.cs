using Communications.Domain.Audiences;
using Communications.Domain.Senders;
using Communications.Domain.Templates;

namespace Communications.Domain.Campaigns;

/// <summary>
/// An e-mail to an audience, from a sender: edited as a draft, scheduled (its template's content
/// frozen then), sent at a throttled rate by the delivery workers, paused, resumed or cancelled on
/// the way, finished once every delivery is done.
/// </summary>
public sealed class Campaign
{
    public const int NameMaxLength = 200;

    private Campaign()
    {
    }

    public Campaign(Sender sender, CampaignDraft draft, string createdBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Sender = sender;
        CreatedBy = createdBy;
        CreatedAt = now.ToUniversalTime();
        Edit(draft, now);
    }

    public Guid Id { get; private set; }

    public Sender Sender { get; private set; } = null!;

    public string Name { get; private set; } = "";

    /// <summary>The name recipients see in From, e.g. "Collectif SSI de Billère".</summary>
    public string SenderName { get; private set; } = "";

    public string? ReplyTo { get; private set; }

    public Guid TemplateId { get; private set; }

    public CampaignAudience Audience { get; private set; } = null!;

    public CampaignStatus Status { get; private set; }

    public DateTimeOffset? SendAt { get; private set; }

    /// <summary>The template's content when the campaign was scheduled: editing the template later changes nothing here.</summary>
    public MessageContent? Content { get; private set; }

    public int RecipientCount { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public uint Version { get; private set; }

    public void Edit(CampaignDraft draft, DateTimeOffset now)
    {
        Name = draft.Name;
        SenderName = draft.SenderName;
        ReplyTo = draft.ReplyTo;
        TemplateId = draft.TemplateId;
        Audience = draft.Audience;
        UpdatedAt = now.ToUniversalTime();
    }

    public void Schedule(MessageContent content, DateTimeOffset sendAt, DateTimeOffset now)
    {
        Content = content;
        SendAt = sendAt.ToUniversalTime();
        Status = CampaignStatus.Scheduled;
        UpdatedAt = now.ToUniversalTime();
    }

    /// <summary>Back to a draft before it started: its frozen content is dropped, the template is read again when it is scheduled.</summary>
    public void Unschedule(DateTimeOffset now)
    {
        Content = null;
        SendAt = null;
        Status = CampaignStatus.Draft;
        UpdatedAt = now.ToUniversalTime();
    }

    public void Start(int recipientCount, DateTimeOffset now)
    {
        RecipientCount = recipientCount;
        StartedAt = now.ToUniversalTime();
        Move(CampaignStatus.Sending, now);
    }

    public void Pause(DateTimeOffset now) => Move(CampaignStatus.Paused, now);

    /// <summary>A paused campaign goes on where it stopped, or waits for its time if it had not started.</summary>
    public void Resume(DateTimeOffset now) => Move(StartedAt is null ? CampaignStatus.Scheduled : CampaignStatus.Sending, now);

    public void Cancel(DateTimeOffset now)
    {
        Move(CampaignStatus.Cancelled, now);
        FinishedAt = now.ToUniversalTime();
    }

    private void Move(CampaignStatus status, DateTimeOffset now)
    {
        Status = status;
        UpdatedAt = now.ToUniversalTime();
    }
}

/// <summary>What a draft campaign's author writes.</summary>
public sealed record CampaignDraft(string Name, string SenderName, string? ReplyTo, Guid TemplateId, CampaignAudience Audience);
