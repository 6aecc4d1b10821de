using Communications.Domain.Senders;

namespace Communications.Domain.Templates;

/// <summary>
/// A campaign e-mail in Liquid: a subject, an HTML part and a plain-text part, using only the
/// variables of <see cref="CampaignVariables"/> (checked when it is saved).
/// </summary>
public sealed class MessageTemplate
{
    public const int NameMaxLength = 200;
    public const int SubjectMaxLength = 300;
    public const int HtmlMaxLength = 200_000;
    public const int TextMaxLength = 100_000;

    private MessageTemplate()
    {
    }

    public MessageTemplate(Sender sender, MessageContent content, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Sender = sender;
        CreatedAt = now.ToUniversalTime();
        Edit(content, now);
    }

    public Guid Id { get; private set; }

    public Sender Sender { get; private set; } = null!;

    public string Name { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public MessageContent Content => new(Name, Subject, HtmlBody, TextBody);

    public void Edit(MessageContent content, DateTimeOffset now)
    {
        Name = content.Name;
        Subject = content.Subject;
        HtmlBody = content.HtmlBody;
        TextBody = content.TextBody;
        UpdatedAt = now.ToUniversalTime();
    }
}

/// <summary>A template's name and its three Liquid parts.</summary>
public sealed record MessageContent(string Name, string Subject, string HtmlBody, string TextBody);
