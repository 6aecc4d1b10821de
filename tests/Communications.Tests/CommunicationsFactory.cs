using Communications.Data;
using Microsoft.AspNetCore.Hosting;
using Ssi.Testing;

namespace Communications.Tests;

/// <summary>Communications in the test host, sending through the test SMTP server (maildev) without waiting between polls.</summary>
public class CommunicationsFactory() : ServiceFactory<Program, CommunicationsDbContext>("commsdb")
{
    /// <summary>Links in e-mails point at the test host, so that a test can follow them with its client.</summary>
    public const string LinkBaseUrl = "http://localhost";

    protected virtual Uri SmtpUri => MailInbox.SmtpAsync().GetAwaiter().GetResult();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var smtp = SmtpUri;
        builder.UseSetting("Mail:SmtpHost", smtp.Host);
        builder.UseSetting("Mail:SmtpPort", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:LinkBaseUrl", LinkBaseUrl);
        builder.UseSetting("Mail:PollInterval", "00:00:00.200");
        builder.UseSetting("Mail:RetryDelay", "00:00:00.500");
        builder.UseSetting("Mail:MessagesPerSecond", "1000");
    }
}
