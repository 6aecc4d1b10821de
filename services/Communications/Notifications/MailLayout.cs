namespace Communications.Notifications;

/// <summary>The frame around the platform's own e-mails: a plain, accessible HTML page and its text twin.</summary>
public static class MailLayout
{
    /// <summary>Set when the e-mail may be unsubscribed from: the layout then ends with the link.</summary>
    public const string UnsubscribeUrl = "unsubscribe_url";

    public static string Html(string body) => $$$"""
        <!DOCTYPE html>
        <html lang="fr">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Festival des Solidarités</title></head>
        <body style="margin:0;padding:24px;background:#f6f6f6;font-family:Arial,Helvetica,sans-serif;color:#1e1e1e;line-height:1.5">
        <main style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px;border-radius:4px">
        <p style="margin-top:0;font-weight:bold;color:#b3004b">Festival des Solidarités</p>
        {{{body}}}
        {% if unsubscribe_url %}<p style="font-size:13px;color:#555">Vous ne souhaitez plus recevoir ces messages ? <a href="{{ unsubscribe_url }}">Se désinscrire</a>.</p>{% endif %}
        </main>
        </body>
        </html>
        """;

    public static string Text(string body) => $$$"""
        {{{body}}}

        --
        Festival des Solidarités
        {% if unsubscribe_url %}Se désinscrire : {{ unsubscribe_url }}{% endif %}
        """;
}
