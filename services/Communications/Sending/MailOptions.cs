using System.ComponentModel.DataAnnotations;

namespace Communications.Sending;

/// <summary>How the service sends e-mail (section <c>Mail</c>).</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    [Required]
    public string SmtpHost { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 51025;

    /// <summary><c>None</c> for a local development server; <c>StartTls</c> or <c>SslOnConnect</c> for a real one; <c>Auto</c> lets MailKit choose by port.</summary>
    public MailKit.Security.SecureSocketOptions SmtpSecurity { get; set; } = MailKit.Security.SecureSocketOptions.None;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "festival@ssi.example.org";

    /// <summary>
    /// The public address of this service's API, through the gateway
    /// (<c>https://ssi.example.org/api/communications</c>): e-mails link to its confirm and unsubscribe pages.
    /// </summary>
    [Required, Url]
    public string LinkBaseUrl { get; set; } = "http://127.0.0.1:5080/api/communications";

    /// <summary>Signs unsubscribe links; without it a key is derived from the token signing key.</summary>
    public string? LinkSigningKey { get; set; }

    /// <summary>The most messages a replica hands to the SMTP server per second (listmonk's default is about 100).</summary>
    [Range(1, 10_000)]
    public int MessagesPerSecond { get; set; } = 100;

    /// <summary>SMTP connections a replica keeps open and sends on at once.</summary>
    [Range(1, 32)]
    public int Connections { get; set; } = 2;

    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the second attempt; each further one waits twice as long.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a worker holds what it claimed; a message it had begun sending when it died is then given up, never sent again.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 1000)]
    public int ClaimBatchSize { get; set; } = 50;

    /// <summary>How often an idle worker looks for due messages and campaigns when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan ConfirmationTokenLifetime { get; set; } = TimeSpan.FromHours(48);
}
