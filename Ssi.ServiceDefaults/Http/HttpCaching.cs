using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Ssi.ServiceDefaults.Http;

/// <summary>
/// Validators and cache lifetimes of the services' public reads, so networks and websites
/// re-fetch only what changed (<c>If-None-Match</c> → 304).
/// </summary>
public static class HttpCaching
{
    /// <summary>
    /// One actor: cacheable by anyone but revalidated on every use. Editors read it to get the
    /// ETag they send back in If-Match, so a copy a minute old would only earn them a 412.
    /// </summary>
    public const string Revalidate = "public, no-cache";

    /// <summary>What only its owners may read (a draft): revalidated, and never kept by a shared cache.</summary>
    public const string PrivateRevalidate = "private, no-cache";

    /// <summary>Lists and exports: public data where a minute of staleness harms no one and spares the database.</summary>
    public const string ShortLived = "public, max-age=60";

    /// <summary>
    /// Reference data that changes once a year at most (France's territories): browsers and shared
    /// caches such as the gateway keep it an hour without asking again.
    /// </summary>
    public const string Reference = "public, max-age=3600, s-maxage=3600";

    /// <summary>A tag over the JSON a list answers, so an unchanged page revalidates with a 304.</summary>
    public static string ContentTag<T>(T content) => BytesTag(JsonSerializer.SerializeToUtf8Bytes(content, JsonDefaults.Options));

    /// <summary>A tag over the bytes of a representation (a rendered page).</summary>
    public static string BytesTag(ReadOnlySpan<byte> content)
    {
        var hash = SHA256.HashData(content);
        return $"W/\"{WebEncoders.Base64UrlEncode(hash, 0, 16)}\"";
    }

    /// <summary>
    /// Sets the validator and lifetime, and tells whether the client's copy is current
    /// (If-None-Match compares weakly, and <c>*</c> matches any representation).
    /// </summary>
    public static bool IsNotModified(HttpContext context, string entityTag, string cacheControl)
    {
        context.Response.Headers.ETag = entityTag;
        context.Response.Headers.CacheControl = cacheControl;

        var tag = EntityTagHeaderValue.Parse(entityTag);
        return EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var clientTags)
            && clientTags.Any(clientTag => clientTag.Equals(EntityTagHeaderValue.Any) || clientTag.Compare(tag, useStrongComparison: false));
    }
}
