namespace Ssi.AppHost.Infrastructure.RabbitMq;

/// <summary>
/// A RabbitMQ node run from Debian's <c>rabbitmq-server</c>, for machines without a container
/// runtime, with its own loopback ports, Erlang port mapper and data directory.
/// </summary>
internal sealed class LocalRabbitMqResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string AmqpEndpointName = "tcp";
    public const string ManagementEndpointName = "management";

    public EndpointReference AmqpEndpoint => new(this, AmqpEndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{DevelopmentCredentials.UserName}:{DevelopmentCredentials.Password}@127.0.0.1:{AmqpEndpoint.Property(EndpointProperty.Port)}/{DevelopmentCredentials.VirtualHost}");
}
