using Xunit;

namespace Ssi.Testing;

/// <summary>
/// Stops the test process's PostgreSQL and RabbitMQ once its tests are done; each test project
/// declares it with <c>[assembly: AssemblyFixture(typeof(InfrastructureFixture))]</c>.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await TestInfrastructure.StopAsync();
}
