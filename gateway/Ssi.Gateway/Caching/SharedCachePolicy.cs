using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Transforms;

namespace Ssi.Gateway.Caching;

/// <summary>
/// The gateway as a shared HTTP cache (RFC 9111) for what the services hand to shared caches:
/// an anonymous GET or HEAD whose 200 answer says <c>public</c> with an <c>s-maxage</c> is kept
/// that long and served again without asking the service. Everything else is forwarded as before:
/// requests with credentials (<c>Authorization</c>, cookies), answers without <c>s-maxage</c> (a
/// list's <c>max-age=60</c> is for browsers only here), private or unstorable answers, answers that
/// set a cookie or vary on a header the cache does not key on. A request's
/// <c>Cache-Control: no-cache</c> goes to the service and refreshes the stored copy.
/// </summary>
internal sealed class SharedCachePolicy : IOutputCachePolicy
{
    /// <summary>
    /// The request headers a service's answer may vary on; the cache keys on them. Origin too,
    /// because the gateway's CORS headers are stored with the answer.
    /// </summary>
    private static readonly string[] KeyHeaders = [HeaderNames.Accept, HeaderNames.AcceptEncoding, HeaderNames.AcceptLanguage, HeaderNames.Origin];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var anonymousRead = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && !request.Headers.ContainsKey(HeaderNames.Cookie);

        context.EnableOutputCaching = anonymousRead;
        context.AllowCacheLookup = anonymousRead && !AsksForRevalidation(request.Headers);
        context.AllowCacheStorage = anonymousRead;
        // No coalescing: concurrent reads of an answer that turns out not storable would queue behind each other.
        context.AllowLocking = false;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = KeyHeaders;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        Admit(context);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Called by the proxy as soon as a service's answer arrives, before its body is copied: the
    /// output cache fixes an entry's lifetime when the body starts, earlier than
    /// <see cref="ServeResponseAsync"/> runs.
    /// </summary>
    public static ValueTask AdmitUpstreamResponse(ResponseTransformContext transform)
    {
        if (transform.HttpContext.Features.Get<IOutputCacheFeature>()?.Context is { } context)
        {
            Admit(context);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Keeps the answer for its <c>s-maxage</c>, or not at all.</summary>
    private static void Admit(OutputCacheContext context)
    {
        if (SharedLifetime(context.HttpContext.Response) is { } lifetime)
        {
            context.ResponseExpirationTimeSpan = lifetime;
        }
        else
        {
            context.AllowCacheStorage = false;
        }
    }

    private static bool AsksForRevalidation(IHeaderDictionary headers) =>
        CacheControlHeaderValue.TryParse(headers.CacheControl.ToString(), out var cacheControl) && (cacheControl.NoCache || cacheControl.MaxAge == TimeSpan.Zero)
        || headers.Pragma.Any(value => string.Equals(value, "no-cache", StringComparison.OrdinalIgnoreCase));

    /// <returns>How long a shared cache may keep this answer, or null when it may not.</returns>
    private static TimeSpan? SharedLifetime(HttpResponse response)
    {
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || !VariesOnlyOnKeyHeaders(response.Headers.Vary)
            || !CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var cacheControl)
            || !cacheControl.Public || cacheControl.Private || cacheControl.NoStore || cacheControl.NoCache
            || cacheControl.SharedMaxAge is not { } sharedMaxAge || sharedMaxAge <= TimeSpan.Zero)
        {
            return null;
        }

        return sharedMaxAge;
    }

    private static bool VariesOnlyOnKeyHeaders(StringValues vary) =>
        vary.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .All(name => KeyHeaders.Contains(name, StringComparer.OrdinalIgnoreCase));
}
