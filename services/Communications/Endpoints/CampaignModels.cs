using System.ComponentModel.DataAnnotations;
using Communications.Domain.Campaigns;
using Communications.Domain.Deliveries;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace Communications.Endpoints;

/// <param name="SenderName">The name recipients see in From (<c>Collectif SSI de Billère</c>).</param>
/// <param name="ReplyTo">Where answers go, e.g. the coordinator's address; none means the platform's (unread) address.</param>
public sealed record CampaignRequest(
    [property: Required] SenderRequest? Sender,
    [property: Required, StringLength(Campaign.NameMaxLength, MinimumLength = 3), VisibleText(3), PlainText] string Name,
    [property: Required, StringLength(Campaign.NameMaxLength, MinimumLength = 2), VisibleText(2), PlainText] string SenderName,
    [property: StringLength(EmailAddressRule.MaxLength)] string? ReplyTo,
    [property: Required] Guid? TemplateId,
    [property: Required] AudienceRequest? Audience);

/// <param name="SendAt">When to start; now when absent. Not in the past.</param>
public sealed record ScheduleRequest(DateTimeOffset? SendAt);

/// <param name="Deliveries">How many deliveries are in each state (queued, sending, sent, failed, bounced, cancelled).</param>
public sealed record CampaignResponse(
    Guid Id,
    SenderResponse Sender,
    string Name,
    string SenderName,
    string? ReplyTo,
    Guid TemplateId,
    AudienceRequest Audience,
    string Status,
    DateTimeOffset? SendAt,
    int RecipientCount,
    IReadOnlyDictionary<string, int> Deliveries,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt)
{
    public static CampaignResponse From(Campaign campaign, IReadOnlyDictionary<string, int> deliveries) => new(
        campaign.Id, SenderResponse.From(campaign.Sender), campaign.Name, campaign.SenderName, campaign.ReplyTo, campaign.TemplateId,
        new AudienceRequest(
            campaign.Audience.Segment is { } segment
                ? new SegmentRequest(segment.Territory, segment.ActorKinds, segment.Themes, segment.CollectiveId, segment.ContactFunctions)
                : null,
            campaign.Audience.Subscribers, campaign.Audience.ApplicantsOfCall),
        StatusName(campaign.Status), campaign.SendAt, campaign.RecipientCount, deliveries, campaign.CreatedAt, campaign.UpdatedAt, campaign.StartedAt, campaign.FinishedAt);

    public static string StatusName(CampaignStatus status) => ApiEnum<CampaignStatus>.NameOf(status);
}

/// <summary>One line of a delivery log.</summary>
public sealed record DeliveryResponse(
    Guid Id,
    string Kind,
    string RecipientEmail,
    string? RecipientName,
    string Subject,
    string State,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? MessageId)
{
    public static DeliveryResponse From(Delivery delivery) => new(
        delivery.Id, delivery.Kind, delivery.RecipientEmail, delivery.RecipientName, delivery.Subject, ApiEnum<DeliveryState>.NameOf(delivery.State),
        delivery.Attempts, delivery.LastError, delivery.CreatedAt, delivery.SentAt, delivery.MessageId);
}
