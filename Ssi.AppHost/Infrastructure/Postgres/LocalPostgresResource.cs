namespace Ssi.AppHost.Infrastructure.Postgres;

/// <summary>
/// A PostgreSQL server run from the machine's own server binaries, for machines without a
/// container runtime. Its data directory survives restarts.
/// </summary>
internal sealed class LocalPostgresResource(string name, string workingDirectory)
    : ExecutableResource(name, "/bin/bash", workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.Port)};Username={DevelopmentCredentials.UserName};Password={DevelopmentCredentials.Password}");
}
