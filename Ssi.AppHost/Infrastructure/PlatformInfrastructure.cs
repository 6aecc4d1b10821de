using Microsoft.Extensions.Configuration;
using Ssi.AppHost.Infrastructure.Mail;
using Ssi.AppHost.Infrastructure.Postgres;
using Ssi.AppHost.Infrastructure.RabbitMq;

namespace Ssi.AppHost.Infrastructure;

/// <summary>The PostgreSQL server and the RabbitMQ broker the services share, however they run, and the SMTP server they send through.</summary>
internal sealed record PlatformInfrastructure(
    IResourceBuilder<IResourceWithConnectionString> Postgres,
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    IResourceBuilder<ExecutableResource> Mail)
{
    public const string PostgresName = "postgres";

    /// <summary>The services read <c>ConnectionStrings:messaging</c>.</summary>
    public const string MessagingName = "messaging";

    public const string MailName = "mail";

    /// <summary>A service's own database; the resource name is the connection string name the service reads.</summary>
    public IResourceBuilder<ServiceDatabaseResource> AddDatabase(string name) => Postgres.AddServiceDatabase(name, name);
}

internal static class PlatformInfrastructureExtensions
{
    /// <summary>
    /// Containers (pinned images) when a container runtime answers, the machine's PostgreSQL and
    /// RabbitMQ otherwise; <c>SSI_INFRASTRUCTURE=containers|executables</c> decides instead.
    /// </summary>
    public static PlatformInfrastructure AddPlatformInfrastructure(this IDistributedApplicationBuilder builder, PlatformSettings settings)
    {
        var containers = settings.Infrastructure switch
        {
            InfrastructureKind.Containers => true,
            InfrastructureKind.Executables => false,
            _ => ContainerRuntime.IsHealthy(builder.Configuration),
        };

        return new PlatformInfrastructure(
            builder.AddPlatformPostgres(PlatformInfrastructure.PostgresName, settings, containers),
            builder.AddPlatformRabbitMq(PlatformInfrastructure.MessagingName, settings, containers),
            builder.AddMailDev(PlatformInfrastructure.MailName, settings));
    }
}
