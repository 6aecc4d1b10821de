using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ssi.ServiceDefaults.Telemetry;

/// <summary>Writes a health report as JSON so operators see which dependency is down, not only that one is.</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new HealthResponse(
            report.Status.ToString(),
            report.TotalDuration.TotalMilliseconds,
            report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new HealthEntryResponse(entry.Value.Status.ToString(), entry.Value.Description, entry.Value.Duration.TotalMilliseconds)));
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, HealthJson.Options));
    }

    private static class HealthJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    }
}

public sealed record HealthResponse(string Status, double DurationMs, IReadOnlyDictionary<string, HealthEntryResponse> Checks);

public sealed record HealthEntryResponse(string Status, string? Description, double DurationMs);
