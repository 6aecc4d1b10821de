extern alias calendar;
using EventsCalendar.Data;
using EventsCalendar.Directory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>The calendar in the test host, reaching the directory of <see cref="DirectoryHost"/> as it reaches the real one.</summary>
public sealed class EventsCalendarFactory() : ServiceFactory<calendar::Program, CalendarDbContext>("calendardb")
{
    private DirectoryHost? _directory;

    public DirectoryHost Directory => _directory ?? throw new InvalidOperationException("The factory is not initialized.");

    protected override async Task SeedAsync(CalendarDbContext db) => _directory = await DirectoryHost.StartAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"Services:{DirectoryClient.ServiceName}:http:0", "http://directory.test");
        builder.ConfigureServices(services =>
            services.AddHttpClient<DirectoryClient>().ConfigurePrimaryHttpMessageHandler(() => Directory.Server.CreateHandler()));
    }
}
