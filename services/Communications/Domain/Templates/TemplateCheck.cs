namespace Communications.Domain.Templates;

/// <summary>What a campaign template must be before it is saved: valid Liquid in each part, only known variables, a one-line subject.</summary>
public static class TemplateCheck
{
    public static Dictionary<string, string[]> Errors(MessageContent content)
    {
        var errors = new Dictionary<string, string[]>();
        Check("subject", content.Subject);
        Check("htmlBody", content.HtmlBody);
        Check("textBody", content.TextBody);
        if (content.Subject.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            errors["subject"] = ["subject is one line: a line break would start a header of its own."];
        }

        return errors;

        void Check(string field, string source)
        {
            if (!LiquidTemplate.TryParse(source, CampaignVariables.Names, out _, out var error))
            {
                errors[field] = [$"{field} {error}"];
            }
        }
    }
}
