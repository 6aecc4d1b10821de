namespace Ssi.AppHost.Infrastructure.Mail;

/// <summary>
/// maildev, the development SMTP server with a web inbox and a REST API, installed with npm into
/// the state folder (<c>./ssi</c> installs it before it starts anything; the AppHost only when run alone).
/// </summary>
internal sealed class MailDev(string stateDirectory)
{
    public const string Package = "maildev";
    public const string Version = "3.0.0";

    public string InstallDirectory { get; } = Path.Combine(stateDirectory, "tools", $"{Package}-{Version}");

    public string Script => Path.Combine(InstallDirectory, "node_modules", Package, "dist", "bin", "maildev.js");

    public bool IsInstalled => File.Exists(Script);
}
