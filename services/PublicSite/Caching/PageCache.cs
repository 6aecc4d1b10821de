using Microsoft.AspNetCore.OutputCaching;

namespace PublicSite.Caching;

/// <summary>
/// Rendered pages are kept in the output cache, tagged by the service whose data they show, and
/// evicted when that service announces a change (<see cref="PageCacheEviction"/>). The lifetime
/// is only a safety net for an announcement missed while the broker was away.
/// </summary>
public static class PageCache
{
    public const string Policy = "public-page";

    /// <summary>Pages showing events: the programme, an event, an actor's events, the widget.</summary>
    public const string CalendarTag = "calendar";

    /// <summary>Pages showing actors or territories.</summary>
    public const string DirectoryTag = "directory";

    /// <summary>Pages showing funding calls.</summary>
    public const string FundingTag = "funding";

    public static IServiceCollection AddPageCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByQuery("*")));

    /// <summary>
    /// The content validator around the output cache: a page, rendered or cached, carries the hash
    /// of its bytes, and a client that holds them gets a 304.
    /// </summary>
    public static WebApplication UsePageCache(this WebApplication app)
    {
        app.UseMiddleware<ContentETagMiddleware>();
        app.UseOutputCache();
        return app;
    }
}
