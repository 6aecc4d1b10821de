using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>Once the tests are done: the shared directory stops, then the PostgreSQL and RabbitMQ it used.</summary>
public sealed class CalendarTestRun : IAsyncLifetime
{
    private readonly InfrastructureFixture _infrastructure = new();

    public ValueTask InitializeAsync() => _infrastructure.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await DirectoryHost.StopAsync();
        await _infrastructure.DisposeAsync();
    }
}
