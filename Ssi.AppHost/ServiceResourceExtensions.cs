internal static class ServiceResourceExtensions
{
    /// <summary>
    /// A service with its own database and the broker. Its migrations run first, as a one-shot
    /// run of the same project with <c>--migrate</c>, exactly as <c>./ssi up</c> does.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddService<TProject>(
        this IDistributedApplicationBuilder builder,
        string name,
        IResourceBuilder<PostgresDatabaseResource> database,
        IResourceBuilder<RabbitMQServerResource> messaging,
        IResourceBuilder<ParameterResource> jwtSigningKey)
        where TProject : IProjectMetadata, new()
    {
        var migrations = builder.AddProject<TProject>($"{name}-migrations")
            .WithArgs("--migrate")
            .WithEnvironment("Authentication__Jwt__SigningKey", jwtSigningKey)
            .WithReference(database).WaitFor(database)
            .WithReference(messaging);

        return builder.AddProject<TProject>(name)
            .WithEnvironment("Authentication__Jwt__SigningKey", jwtSigningKey)
            .WithReference(database).WaitFor(database)
            .WithReference(messaging).WaitFor(messaging)
            .WaitForCompletion(migrations);
    }
}
