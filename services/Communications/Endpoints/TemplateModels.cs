using System.ComponentModel.DataAnnotations;
using Communications.Domain.Templates;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace Communications.Endpoints;

/// <param name="Subject">One line of Liquid (<c>{{ campaign.name }} : les rendez-vous de novembre</c>).</param>
/// <param name="HtmlBody">The HTML part, in Liquid; variables are HTML-escaped when rendered.</param>
/// <param name="TextBody">The plain-text part, in Liquid.</param>
public sealed record TemplateRequest(
    [property: Required] SenderRequest? Sender,
    [property: Required, StringLength(MessageTemplate.NameMaxLength, MinimumLength = 3), VisibleText(3), PlainText] string Name,
    [property: Required, StringLength(MessageTemplate.SubjectMaxLength, MinimumLength = 3), VisibleText(3)] string Subject,
    [property: Required, StringLength(MessageTemplate.HtmlMaxLength, MinimumLength = 1)] string HtmlBody,
    [property: Required, StringLength(MessageTemplate.TextMaxLength, MinimumLength = 1)] string TextBody)
{
    public MessageContent Content => new(Name.Trim(), Subject.Trim(), HtmlBody, TextBody);
}

/// <summary>A template's parts to preview before saving it.</summary>
public sealed record TemplatePreviewRequest(
    [property: Required, StringLength(MessageTemplate.SubjectMaxLength, MinimumLength = 1)] string Subject,
    [property: Required, StringLength(MessageTemplate.HtmlMaxLength, MinimumLength = 1)] string HtmlBody,
    [property: Required, StringLength(MessageTemplate.TextMaxLength, MinimumLength = 1)] string TextBody)
{
    public MessageContent Content => new("preview", Subject.Trim(), HtmlBody, TextBody);
}

public sealed record TemplateResponse(
    Guid Id, SenderResponse Sender, string Name, string Subject, string HtmlBody, string TextBody, IReadOnlyList<string> Variables,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static TemplateResponse From(MessageTemplate template) => new(
        template.Id, SenderResponse.From(template.Sender), template.Name, template.Subject, template.HtmlBody, template.TextBody,
        [.. CampaignVariables.Names.Order(StringComparer.Ordinal)], template.CreatedAt, template.UpdatedAt);
}

/// <summary>The template rendered with sample values (<see cref="CampaignVariables.Samples"/>).</summary>
public sealed record TemplatePreview(string Subject, string HtmlBody, string TextBody, IReadOnlyDictionary<string, string> SampleValues);
