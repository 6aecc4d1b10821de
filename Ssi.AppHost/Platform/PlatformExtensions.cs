using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ssi.AppHost.Infrastructure;
using Ssi.AppHost.Infrastructure.Mail;

namespace Ssi.AppHost.Platform;

internal static class PlatformExtensions
{
    private const string PublicBaseUrlKey = "PublicBaseUrl";

    /// <summary>
    /// The four services, each with its database and its migrations, the directory's reference
    /// data, the public web site, and the gateway: the single public entry, started once every
    /// service is healthy.
    /// </summary>
    public static void AddPlatform(this IDistributedApplicationBuilder builder, PlatformSettings settings, PlatformInfrastructure infrastructure)
    {
        var jwtSigningKey = builder.AddJwtSigningKey(settings);
        ServiceDependencies DependenciesOn(string database) => new(infrastructure.AddDatabase(database), infrastructure.Messaging, jwtSigningKey);

        var directory = DependenciesOn("directorydb");
        var actorDirectory = builder.AddService<Projects.ActorDirectory>("actor-directory", settings.Ports.Service(1), directory);
        actorDirectory.Service.WaitForCompletion(builder.AddDirectoryData(settings, directory, actorDirectory.Migrations));

        var calendar = DependenciesOn("calendardb");
        var eventsCalendar = builder.AddService<Projects.EventsCalendar>("events-calendar", settings.Ports.Service(2), calendar);
        eventsCalendar.Service.WithReference(actorDirectory.Service);
        if (settings.DemoData)
        {
            // The demo organisers reach the calendar through the directory's integration events, so
            // the calendar's demo data is written once both services run.
            builder.AddJob<Projects.EventsCalendar>("calendar-demo-data", calendar)
                .WithArgs("--seed-demo")
                .WaitFor(actorDirectory.Service)
                .WaitFor(eventsCalendar.Service);
        }
        var funding = DependenciesOn("fundingdb");
        var fundingCalls = builder.AddService<Projects.FundingCalls>("funding-calls", settings.Ports.Service(3), funding);
        if (settings.DemoData)
        {
            // Funders and applicants come from the directory's demo data through its integration events.
            builder.AddJob<Projects.FundingCalls>("funding-demo-data", funding)
                .WithArgs("--seed-demo")
                .WaitFor(actorDirectory.Service)
                .WaitFor(fundingCalls.Service);
        }

        var comms = DependenciesOn("commsdb");
        var communications = builder.AddService<Projects.Communications>("communications", settings.Ports.Service(4), comms);
        if (settings.DemoData)
        {
            // Billère's collective and its members' contacts arrive from the directory's integration events.
            builder.AddJob<Projects.Communications>("communications-demo-data", comms)
                .WithArgs("--seed-demo")
                .WaitFor(actorDirectory.Service)
                .WaitFor(communications.Service);
        }

        var smtp = infrastructure.Mail.GetEndpoint(MailDevExtensions.SmtpEndpointName);
        communications.Service
            .WithEnvironment("Mail__SmtpHost", smtp.Property(EndpointProperty.Host))
            .WithEnvironment("Mail__SmtpPort", smtp.Property(EndpointProperty.Port))
            .WaitFor(infrastructure.Mail);
        foreach (var (key, value) in settings.CommunicationsConfiguration)
        {
            communications.Service.WithEnvironment(key, value);
        }

        // The public web site reads the services' public APIs only, and evicts its cached pages on their integration events.
        var publicSite = builder.AddProject<Projects.PublicSite>("public-site")
            .WithFixedHttpPort(settings.Ports.Service(5))
            .WithReference(infrastructure.Messaging)
            .WaitFor(infrastructure.Messaging)
            .WithHttpHealthCheck("/health");
        foreach (var service in new[] { actorDirectory, eventsCalendar, fundingCalls, communications })
        {
            publicSite.WithReference(service.Service);
        }

        var gateway = builder.AddProject<Projects.Ssi_Gateway>("gateway")
            .WithFixedHttpPort(settings.Ports.Gateway)
            .WithExternalHttpEndpoints()
            .WithEnvironment("Authentication__Jwt__SigningKey", jwtSigningKey)
            .WithHttpHealthCheck("/alive")
            .WithUrlForEndpoint("http", url => url.DisplayText = "Gateway")
            .WithUrl("/docs", "API reference")
            .OnResourceReady((_, @event, _) =>
            {
                var url = settings.Ports.Gateway.ToString(System.Globalization.CultureInfo.InvariantCulture);
                @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Ssi.AppHost").LogInformation(
                    "The SSI platform is ready: gateway http://127.0.0.1:{Port}, API reference http://127.0.0.1:{Port}/docs, dashboard {Dashboard}, mail inbox http://127.0.0.1:{Inbox}",
                    url, url, builder.Configuration["ASPNETCORE_URLS"]?.Split(';')[0], settings.Ports.MailInbox);
                return Task.CompletedTask;
            });
        // Links the services write (Location, JSON-LD @id) name the gateway, whatever Host a caller sends.
        var publicBaseUrl = gateway.GetEndpoint("http");
        gateway.WithEnvironment(PublicBaseUrlKey, publicBaseUrl);
        // Links in e-mails (confirm, unsubscribe) reach communications through the gateway.
        communications.Service.WithEnvironment("Mail__LinkBaseUrl", ReferenceExpression.Create($"{publicBaseUrl}/api/communications"));
        foreach (var service in new[] { actorDirectory, eventsCalendar, fundingCalls, communications })
        {
            service.Service.WithEnvironment(PublicBaseUrlKey, publicBaseUrl);
            gateway.WithReference(service.Service).WaitFor(service.Service);
            if (settings.ExplicitStart.Contains(service.Service.Resource.Name))
            {
                service.Service.WithExplicitStart();
            }
        }

        publicSite.WithEnvironment(PublicBaseUrlKey, publicBaseUrl);
        gateway.WithReference(publicSite).WaitFor(publicSite);

        foreach (var (key, value) in settings.GatewayConfiguration)
        {
            gateway.WithEnvironment(key, value);
        }
    }
}
