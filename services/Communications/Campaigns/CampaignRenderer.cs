using Communications.Domain.Audiences;
using Communications.Domain.Campaigns;
using Communications.Domain.Deliveries;
using Communications.Domain.Templates;
using Communications.Sending;

namespace Communications.Campaigns;

/// <summary>Writes a campaign's e-mail for each recipient from its frozen template content.</summary>
public sealed class CampaignRenderer(MailLinks links)
{
    public const string Kind = "campaign";

    public IEnumerable<Delivery> Render(Campaign campaign, IEnumerable<Recipient> recipients, DateTimeOffset now)
    {
        var content = campaign.Content ?? throw new InvalidOperationException($"Campaign {campaign.Id} is not scheduled: it has no frozen content.");
        var subject = LiquidTemplate.Parse(content.Subject, CampaignVariables.Names);
        var html = LiquidTemplate.Parse(content.HtmlBody, CampaignVariables.Names);
        var text = LiquidTemplate.Parse(content.TextBody, CampaignVariables.Names);
        foreach (var recipient in recipients)
        {
            var id = Guid.CreateVersion7(now);
            var unsubscribe = links.Unsubscribe(recipient, id);
            var values = Values(campaign, recipient, unsubscribe);
            var message = new OutgoingMessage(recipient.Key, recipient.Email, HeaderText.OneLine(recipient.Name), campaign.SenderName, campaign.ReplyTo,
                HeaderText.OneLine(subject.RenderText(values)) ?? "", html.RenderHtml(values), text.RenderText(values), unsubscribe);
            yield return new Delivery(id, $"{Kind}:{campaign.Id:N}:{recipient.Key}", Kind, campaign.Id, message, now);
        }
    }

    /// <summary>What a preview shows: the template rendered with the sample values.</summary>
    public static RenderedContent Preview(MessageContent content) => new(
        HeaderText.OneLine(LiquidTemplate.Parse(content.Subject, CampaignVariables.Names).RenderText(CampaignVariables.Samples)) ?? "",
        LiquidTemplate.Parse(content.HtmlBody, CampaignVariables.Names).RenderHtml(CampaignVariables.Samples),
        LiquidTemplate.Parse(content.TextBody, CampaignVariables.Names).RenderText(CampaignVariables.Samples));

    private static Dictionary<string, string> Values(Campaign campaign, Recipient recipient, string unsubscribe) => new(StringComparer.Ordinal)
    {
        [CampaignVariables.RecipientName] = recipient.Name ?? "",
        [CampaignVariables.RecipientEmail] = recipient.Email,
        [CampaignVariables.RecipientOrganisation] = recipient.Organisation ?? "",
        [CampaignVariables.RecipientFunction] = recipient.Function ?? "",
        [CampaignVariables.CampaignName] = campaign.Name,
        [CampaignVariables.SenderName] = campaign.SenderName,
        [CampaignVariables.UnsubscribeUrl] = unsubscribe,
    };
}

public sealed record RenderedContent(string Subject, string HtmlBody, string TextBody);
