namespace Ssi.AppHost.Platform;

internal static class ServiceResourceExtensions
{
    private const string HttpEndpoint = "http";

    /// <summary>
    /// A service on its fixed loopback port with its own database and the broker, ready when its
    /// <c>/health</c> (database and broker reachable) answers. It starts once its migrations,
    /// a one-shot run of the same project with <c>--migrate</c>, have completed.
    /// </summary>
    public static PlatformService AddService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        int port,
        ServiceDependencies dependencies)
        where TProject : IProjectMetadata, new()
    {
        var migrations = builder.AddJob<TProject>($"{name}-migrations", dependencies).WithArgs("--migrate");
        var service = builder.AddProject<TProject>(name)
            .WithFixedHttpPort(port)
            .WithServiceDependencies(dependencies)
            .WaitFor(dependencies.Messaging)
            .WaitForCompletion(migrations)
            .WithHttpHealthCheck("/health");
        return new PlatformService(service, migrations);
    }

    /// <summary>
    /// A one-shot run of a service's project (<c>--migrate</c>, <c>--import-territories</c>...)
    /// with the service's configuration and no HTTP endpoint; resources wait for it to complete.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddJob<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        ServiceDependencies dependencies)
        where TProject : IProjectMetadata, new() =>
        builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Development")
            .WithServiceDependencies(dependencies)
            .WithIconName("Wrench");

    /// <summary>
    /// The port <c>./ssi</c> always documented, not proxied: the process binds it itself, so nothing
    /// sits between the gateway and the service.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithFixedHttpPort(this IResourceBuilder<ProjectResource> builder, int port) =>
        builder.WithEndpoint(HttpEndpoint, endpoint =>
        {
            endpoint.Port = port;
            endpoint.TargetPort = port;
            endpoint.IsProxied = false;
        });

    private static IResourceBuilder<ProjectResource> WithServiceDependencies(this IResourceBuilder<ProjectResource> builder, ServiceDependencies dependencies) =>
        builder
            .WithReference(dependencies.Database).WaitFor(dependencies.Database)
            .WithReference(dependencies.Messaging)
            .WithEnvironment("Authentication__Jwt__SigningKey", dependencies.JwtSigningKey);
}

internal sealed record PlatformService(IResourceBuilder<ProjectResource> Service, IResourceBuilder<ProjectResource> Migrations);

/// <summary>What every service is handed: its database, the broker and the development token key.</summary>
internal sealed record ServiceDependencies(
    IResourceBuilder<IResourceWithConnectionString> Database,
    IResourceBuilder<IResourceWithConnectionString> Messaging,
    IResourceBuilder<ParameterResource> JwtSigningKey);
