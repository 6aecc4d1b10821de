using System.Net.Http.Json;
using System.Text.Json;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

/// <summary>What the operations team sees on the dashboard: each service's telemetry on its resource, one trace per flow.</summary>
public sealed class TelemetryTests(PlatformFixture platform) 
{
    private static readonly string[] Resources = ["actor-directory", "events-calendar", "funding-calls", "communications", "gateway"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_service_reports_under_its_resource_name()
    {
        using var dashboard = platform.CreateDashboardClient();

        await Eventually.Async(async () =>
        {
            var reporting = (await dashboard.GetFromJsonAsync<JsonElement>("/api/telemetry/resources", Cancellation))
                .EnumerateArray().Select(resource => resource.GetProperty("name").GetString()).ToList();
            Assert.All(Resources, resource => Assert.Contains(resource, reporting));
            Assert.DoesNotContain(reporting, name => name!.Contains("ActorDirectory") || name.Contains("Ssi.Gateway"));
        }, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Publishing_an_event_is_one_trace_from_the_gateway_through_the_outbox_and_the_broker_to_the_consumer()
    {
        var coordinator = platform.CreateClient(TestTokens.Create("coordinator", territories: ["64"]));
        var eventId = (await Flows.PublishAnEventInBillereAsync(coordinator, "Cinéma Le Méliès", "Projection du film « Sur le chemin de l'école »")).EventId;
        using var dashboard = platform.CreateDashboardClient();

        var spans = new List<Span>();
        await Eventually.Async(async () =>
        {
            var request = (await SpansAsync(dashboard, "/api/telemetry/spans?resource=gateway&limit=5000"))
                .Single(span => span.Name == "POST /api/calendar/{**catch-all}" && span.Attributes.Contains($"/events/{eventId}/publish"));
            spans = await SpansAsync(dashboard, $"/api/telemetry/traces/{request.TraceId}");
            Assert.Contains(spans, span => span is { Service: "gateway", Name: "POST /api/calendar/{**catch-all}" });
            Assert.Contains(spans, span => span is { Service: "events-calendar", Name: "outbox publish" });
            Assert.Contains(spans, span => span.Service == "events-calendar" && span.Name.EndsWith("EventPublished send"));
            Assert.Contains(spans, span => span is { Service: "communications", Name: "communications-event-published process" });
        }, TimeSpan.FromSeconds(60));
        Assert.Single(spans, span => string.IsNullOrEmpty(span.ParentSpanId));
    }

    [Fact]
    public async Task Background_polling_does_not_flood_the_dashboard_with_traces()
    {
        using var dashboard = platform.CreateDashboardClient();
        await Task.Delay(TimeSpan.FromSeconds(3), Cancellation);

        var roots = (await SpansAsync(dashboard, "/api/telemetry/spans?resource=communications&limit=5000"))
            .Where(span => string.IsNullOrEmpty(span.ParentSpanId)).ToList();

        Assert.DoesNotContain(roots, span => span.Name == "postgresql");
    }

    private static async Task<List<Span>> SpansAsync(HttpClient dashboard, string url)
    {
        var response = await dashboard.GetFromJsonAsync<JsonElement>(url, Cancellation);
        return
        [
            .. from resource in response.GetProperty("data").GetProperty("resourceSpans").EnumerateArray()
               let service = resource.GetProperty("resource").GetProperty("attributes").EnumerateArray()
                   .Single(attribute => attribute.GetProperty("key").GetString() == "service.name")
                   .GetProperty("value").GetProperty("stringValue").GetString()
               from scope in resource.GetProperty("scopeSpans").EnumerateArray()
               from span in scope.GetProperty("spans").EnumerateArray()
               select new Span(
                   service!,
                   span.GetProperty("name").GetString()!,
                   span.GetProperty("traceId").GetString()!,
                   span.TryGetProperty("parentSpanId", out var parent) ? parent.GetString() : null,
                   span.TryGetProperty("attributes", out var attributes) ? attributes.GetRawText() : ""),
        ];
    }

    private sealed record Span(string Service, string Name, string TraceId, string? ParentSpanId, string Attributes);
}
