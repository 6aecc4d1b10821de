namespace Ssi.Gateway;

/// <summary>A backend service behind the gateway: its service discovery name and its public path prefix.</summary>
/// <param name="Name">The service discovery name (and YARP route and cluster id), e.g. <c>actor-directory</c>.</param>
/// <param name="Title">What the API reference calls it.</param>
/// <param name="PathPrefix">Public prefix the gateway strips before forwarding, e.g. <c>/api/directory</c>; empty for the public site, which serves the rest.</param>
public sealed record UpstreamService(string Name, string Title, string PathPrefix)
{
    /// <summary>The address service discovery resolves, e.g. <c>http://actor-directory</c>.</summary>
    public Uri ServiceUri { get; } = new($"http://{Name}");

    /// <summary>Where the service's OpenAPI document is, seen through the gateway.</summary>
    public string OpenApiPath => PathPrefix + "/openapi/v1.json";
}

/// <summary>The four SSI services and the public site. Routes and health checks are built from <see cref="All"/>, the API reference from <see cref="Apis"/>.</summary>
public static class Upstreams
{
    /// <summary>Under the gateway's own paths: anything outside <c>/api</c>, <c>/docs</c> and the health endpoints is a page of the site.</summary>
    public const string ApiPrefix = "/api";

    public static readonly UpstreamService ActorDirectory = new("actor-directory", "Actor directory", "/api/directory");
    public static readonly UpstreamService EventsCalendar = new("events-calendar", "Events calendar", "/api/calendar");
    public static readonly UpstreamService FundingCalls = new("funding-calls", "Funding calls", "/api/funding");
    public static readonly UpstreamService Communications = new("communications", "Communications", "/api/communications");

    public static readonly UpstreamService PublicSite = new("public-site", "Public web site", "");

    public static readonly IReadOnlyList<UpstreamService> Apis = [ActorDirectory, EventsCalendar, FundingCalls, Communications];

    public static readonly IReadOnlyList<UpstreamService> All = [.. Apis, PublicSite];

    public static UpstreamService? Find(string name) => All.FirstOrDefault(service => service.Name == name);
}
