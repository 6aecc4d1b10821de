using Ssi.AppHost;
using Ssi.AppHost.Infrastructure;
using Ssi.AppHost.Platform;

var builder = DistributedApplication.CreateBuilder(args);
var settings = PlatformSettings.Read(builder.Configuration, builder.AppHostDirectory);

var infrastructure = builder.AddPlatformInfrastructure(settings);
if (!settings.InfrastructureOnly)
{
    builder.AddPlatform(settings, infrastructure);
}

builder.AddResourceLogFiles(settings);
builder.Build().Run();

/// <summary>Internal, so the test projects that reference the AppHost see only their service's <c>Program</c>.</summary>
internal partial class Program;
