namespace Ssi.AppHost.Infrastructure;

/// <summary>
/// The local platform's database and broker account, as the README documents it. Both servers
/// listen on the loopback interface only.
/// </summary>
internal static class DevelopmentCredentials
{
    public const string UserName = "ssi";
    public const string Password = "ssi";

    /// <summary>The RabbitMQ virtual host the services share (the executable broker's default one).</summary>
    public const string VirtualHost = "ssi";
}
