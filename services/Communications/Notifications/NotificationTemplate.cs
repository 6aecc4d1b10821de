using Communications.Domain.Templates;

namespace Communications.Notifications;

/// <summary>One of the platform's own e-mails, in French, in Liquid, with the variables it is given.</summary>
public sealed class NotificationTemplate
{
    private readonly LiquidTemplate _subject;
    private readonly LiquidTemplate _html;
    private readonly LiquidTemplate _text;

    public NotificationTemplate(string kind, IReadOnlyCollection<string> variables, string subject, string htmlBody, string textBody)
    {
        Kind = kind;
        Variables = [.. variables.Append(MailLayout.UnsubscribeUrl).Distinct(StringComparer.Ordinal)];
        _subject = LiquidTemplate.Parse(subject, Variables);
        _html = LiquidTemplate.Parse(MailLayout.Html(htmlBody), Variables);
        _text = LiquidTemplate.Parse(MailLayout.Text(textBody), Variables);
    }

    /// <summary>Names the kind of e-mail in the delivery log and in its idempotency keys (<c>call-opened</c>).</summary>
    public string Kind { get; }

    public IReadOnlyCollection<string> Variables { get; }

    public (string Subject, string Html, string Text) Render(IReadOnlyDictionary<string, string> values) =>
        (_subject.RenderText(values), _html.RenderHtml(values), _text.RenderText(values));
}
