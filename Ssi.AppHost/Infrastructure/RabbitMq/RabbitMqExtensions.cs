using System.Runtime.Versioning;
using Microsoft.Extensions.DependencyInjection;

namespace Ssi.AppHost.Infrastructure.RabbitMq;

internal static class RabbitMqExtensions
{
    /// <summary>Pinned: newer defaults (RabbitMQ 4.3) break MassTransit's temporary queues.</summary>
    private const string ManagementImageTag = "4.1.4-management";

    public static IResourceBuilder<IResourceWithConnectionString> AddPlatformRabbitMq(
        this IDistributedApplicationBuilder builder, string name, PlatformSettings settings, bool containers) =>
        containers ? builder.AddContainerRabbitMq(name, settings)
        : OperatingSystem.IsLinux() ? builder.AddLocalRabbitMq(name, settings)
        : throw new PlatformSetupException("Without containers, RabbitMQ runs from Debian's rabbitmq-server, which this AppHost supports on Linux only.");

    private static IResourceBuilder<IResourceWithConnectionString> AddContainerRabbitMq(
        this IDistributedApplicationBuilder builder, string name, PlatformSettings settings)
    {
        var user = builder.AddParameter($"{name}-user", DevelopmentCredentials.UserName);
        var password = builder.AddParameter($"{name}-password", DevelopmentCredentials.Password, secret: true);
        var rabbitMq = builder.AddRabbitMQ(name, user, password, settings.Ports.RabbitMq)
            .WithManagementPlugin(settings.Ports.RabbitMqManagement)
            .WithImageTag(ManagementImageTag)
            .WithDataBindMount(Path.Combine(settings.DataDirectory, "rabbitmq-container"));
        return builder.CreateResourceBuilder<IResourceWithConnectionString>(rabbitMq.Resource);
    }

    /// <summary>
    /// The node and, as a resource of its own, the Erlang port mapper it registers with, so that
    /// stopping the platform leaves no port mapper behind.
    /// </summary>
    [SupportedOSPlatform("linux")]
    private static IResourceBuilder<IResourceWithConnectionString> AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder, string name, PlatformSettings settings)
    {
        LocalRabbitMqNode.EnsureInstalled();
        var node = new LocalRabbitMqNode(Path.Combine(settings.DataDirectory, "rabbitmq"), settings.Ports);
        var ports = settings.Ports;

        var epmdHealthCheck = $"{name}-epmd_check";
        builder.Services.AddHealthChecks().Add(new(epmdHealthCheck, _ => new TcpPortHealthCheck(() => ports.Epmd), failureStatus: null, tags: null));
        var epmd = builder.AddExecutable($"{name}-epmd", LocalRabbitMqNode.EpmdPath(), settings.DataDirectory,
                "-port", ports.Epmd.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("ERL_EPMD_ADDRESS", "127.0.0.1")
            .WithIconName("PlugConnected")
            .WithHealthCheck(epmdHealthCheck);

        var healthCheck = $"{name}_check";
        var resource = new LocalRabbitMqResource(name, LocalRabbitMqNode.ServerScript, settings.DataDirectory);
        builder.Services.AddHealthChecks().Add(new(healthCheck, _ => new RabbitMqHealthCheck(resource), failureStatus: null, tags: null));

        var rabbitMq = builder.AddResource(resource)
            .WithIconName("Mailbox")
            .WithEndpoint(LocalRabbitMqResource.AmqpEndpointName, endpoint =>
            {
                endpoint.Port = ports.RabbitMq;
                endpoint.TargetPort = ports.RabbitMq;
                endpoint.IsProxied = false;
                endpoint.UriScheme = "amqp";
            })
            .WithHttpEndpoint(ports.RabbitMqManagement, ports.RabbitMqManagement, LocalRabbitMqResource.ManagementEndpointName, isProxied: false)
            .WithUrlForEndpoint(LocalRabbitMqResource.ManagementEndpointName, url => url.DisplayText = "Management UI (ssi / ssi)")
            .WithEnvironment(context =>
            {
                foreach (var (key, value) in node.Environment())
                {
                    context.EnvironmentVariables[key] = value;
                }
            })
            .OnBeforeResourceStarted(async (_, _, cancellationToken) => await node.WriteConfigurationAsync(cancellationToken))
            .WaitFor(epmd)
            .WithHealthCheck(healthCheck);
        return builder.CreateResourceBuilder<IResourceWithConnectionString>(rabbitMq.Resource);
    }
}
