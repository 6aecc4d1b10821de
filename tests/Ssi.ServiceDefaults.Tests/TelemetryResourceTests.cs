using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using Ssi.ServiceDefaults.Telemetry;
using OpenTelemetry.Trace;

namespace Ssi.ServiceDefaults.Tests;

/// <summary>What the dashboard files a service's telemetry under: the resource attributes it exports.</summary>
public sealed class TelemetryResourceTests : IDisposable
{
    private readonly Dictionary<string, string?> _savedEnvironment = [];

    [Fact]
    public void The_name_and_instance_Aspire_hands_over_are_kept()
    {
        SetEnvironment("OTEL_SERVICE_NAME", "events-calendar");
        SetEnvironment("OTEL_RESOURCE_ATTRIBUTES", "service.instance.id=events-calendar-qcustveg");

        var attributes = ExportedResource();

        Assert.Equal("events-calendar", attributes["service.name"]);
        Assert.Equal("events-calendar-qcustveg", attributes["service.instance.id"]);
    }

    [Fact]
    public void Without_an_orchestrator_the_application_names_the_service()
    {
        SetEnvironment("OTEL_SERVICE_NAME", null);
        SetEnvironment("OTEL_RESOURCE_ATTRIBUTES", null);

        var attributes = ExportedResource();

        Assert.Equal("Ssi.ServiceDefaults.Tests", attributes["service.name"]);
        Assert.True(Guid.TryParse((string)attributes["service.instance.id"], out _));
    }

    private static Dictionary<string, object> ExportedResource()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "Ssi.ServiceDefaults.Tests",
            Configuration = new ConfigurationManager(),
        });
        builder.Configuration.AddEnvironmentVariables();
        builder.ConfigureOpenTelemetry();
        using var host = builder.Build();
        var resource = host.Services.GetRequiredService<TracerProvider>().GetResource();
        return resource.Attributes.ToDictionary(attribute => attribute.Key, attribute => attribute.Value);
    }

    private void SetEnvironment(string name, string? value)
    {
        _savedEnvironment.TryAdd(name, Environment.GetEnvironmentVariable(name));
        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose()
    {
        foreach (var (name, value) in _savedEnvironment)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
