namespace Ssi.Gateway;

/// <summary>A backend service behind the gateway: its service discovery name and its public path prefix.</summary>
/// <param name="Name">The service discovery name (and YARP route and cluster id), e.g. <c>actor-directory</c>.</param>
/// <param name="Title">What the API reference calls it.</param>
/// <param name="PathPrefix">Public prefix the gateway strips before forwarding, e.g. <c>/api/directory</c>.</param>
public sealed record UpstreamService(string Name, string Title, string PathPrefix)
{
    /// <summary>The address service discovery resolves, e.g. <c>http://actor-directory</c>.</summary>
    public Uri ServiceUri { get; } = new($"http://{Name}");

    /// <summary>Where the service's OpenAPI document is, seen through the gateway.</summary>
    public string OpenApiPath => PathPrefix + "/openapi/v1.json";
}

/// <summary>The four SSI services. Routes, health checks and the API reference are all built from this list.</summary>
public static class Upstreams
{
    public static readonly UpstreamService ActorDirectory = new("actor-directory", "Actor directory", "/api/directory");
    public static readonly UpstreamService EventsCalendar = new("events-calendar", "Events calendar", "/api/calendar");
    public static readonly UpstreamService FundingCalls = new("funding-calls", "Funding calls", "/api/funding");
    public static readonly UpstreamService Communications = new("communications", "Communications", "/api/communications");

    public static readonly IReadOnlyList<UpstreamService> All = [ActorDirectory, EventsCalendar, FundingCalls, Communications];

    public static UpstreamService? Find(string name) => All.FirstOrDefault(service => service.Name == name);
}
