using System.Globalization;

namespace Ssi.AppHost.Infrastructure.Mail;

internal static class MailDevExtensions
{
    public const string SmtpEndpointName = "smtp";
    public const string InboxEndpointName = "http";

    /// <summary>
    /// The SMTP server the services send through and its web inbox, both on loopback ports. It
    /// keeps the messages in memory: a restart empties the inbox, as a development inbox should.
    /// </summary>
    public static IResourceBuilder<ExecutableResource> AddMailDev(this IDistributedApplicationBuilder builder, string name, PlatformSettings settings)
    {
        var mailDev = new MailDev(settings.StateDirectory);
        var ports = settings.Ports;
        var mail = builder.AddExecutable(name, "node", mailDev.InstallDirectory, mailDev.Script,
                "--smtp", Text(ports.Smtp), "--ip", "127.0.0.1", "--web", Text(ports.MailInbox), "--web-ip", "127.0.0.1")
            .WithEndpoint(SmtpEndpointName, endpoint =>
            {
                endpoint.Port = ports.Smtp;
                endpoint.TargetPort = ports.Smtp;
                endpoint.IsProxied = false;
                endpoint.UriScheme = "smtp";
            })
            .WithHttpEndpoint(ports.MailInbox, ports.MailInbox, InboxEndpointName, isProxied: false)
            .WithHttpHealthCheck("/api/healthz", endpointName: InboxEndpointName)
            .WithUrlForEndpoint(InboxEndpointName, url => url.DisplayText = "Mail inbox (maildev)")
            .WithUrlForEndpoint(SmtpEndpointName, url => url.DisplayLocation = UrlDisplayLocation.DetailsOnly)
            .WithIconName("Mail");

        if (!mailDev.IsInstalled)
        {
            Directory.CreateDirectory(mailDev.InstallDirectory);
            var install = builder.AddExecutable($"{name}-install", "npm", mailDev.InstallDirectory,
                    "install", "--no-audit", "--no-fund", "--prefix", mailDev.InstallDirectory, $"{MailDev.Package}@{MailDev.Version}")
                .WithIconName("ArrowDownload");
            mail.WaitForCompletion(install);
        }

        return mail;
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
