using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OpenTelemetry;

namespace Ssi.ServiceDefaults.Telemetry;

public static class OpenTelemetryExtensions
{
    /// <summary>MassTransit's ActivitySource and Meter share this name.</summary>
    public const string MassTransitInstrumentation = "MassTransit";

    /// <summary>Our own sources and meters are all named "Ssi.*".</summary>
    public const string SsiInstrumentation = "Ssi.*";

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddDefaultService(builder))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(MassTransitInstrumentation, SsiInstrumentation))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, MassTransitInstrumentation, SsiInstrumentation)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsHealthProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// The service name and instance the orchestrator hands over (<c>OTEL_SERVICE_NAME</c>,
    /// <c>OTEL_RESOURCE_ATTRIBUTES</c>: Aspire's resource name and replica id) are read by the SDK
    /// itself and must win, so that telemetry lands on its resource in the dashboard; the
    /// application's name only stands in when nobody named the service.
    /// </summary>
    private static ResourceBuilder AddDefaultService(this ResourceBuilder resource, IHostApplicationBuilder builder) =>
        string.IsNullOrWhiteSpace(builder.Configuration["OTEL_SERVICE_NAME"])
            ? resource.AddService(builder.Environment.ApplicationName)
            : resource;

    private static bool IsHealthProbe(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments(Extensions.HealthEndpointPath) || path.StartsWithSegments(Extensions.AlivenessEndpointPath);
}
