namespace Ssi.AppHost.Infrastructure.Postgres;

/// <summary>
/// One service's database on the platform's PostgreSQL server, whichever way the server runs
/// (container or executable). It is created when the server becomes ready.
/// </summary>
internal sealed class ServiceDatabaseResource(string name, string databaseName, IResourceWithConnectionString server)
    : Resource(name), IResourceWithParent<IResourceWithConnectionString>, IResourceWithConnectionString
{
    public IResourceWithConnectionString Parent { get; } = server;

    public string DatabaseName { get; } = databaseName;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
