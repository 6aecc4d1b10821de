using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Ssi.ServiceDefaults.Http;

/// <summary>
/// Entity tags made of PostgreSQL row versions (<c>xmin</c>): <c>W/"1234"</c>. They are weak
/// because one version has several equivalent representations (JSON or JSON-LD, more or fewer
/// contacts depending on the reader), and compared weakly in If-Match: xmin changes with every
/// write to the row, so equal tags do mean the same version.
/// </summary>
public static class EntityTags
{
    public static string Of(uint version) => $"W/\"{version}\"";

    public static void SetETag(this HttpResponse response, uint version) => response.Headers.ETag = Of(version);

    /// <returns>Null when <paramref name="ifMatch"/> names <paramref name="currentVersion"/>; otherwise the 428 or 412 problem to answer.</returns>
    /// <remarks>
    /// <c>If-Match: *</c> only says "if it exists", which would overwrite whatever changed since
    /// the caller read it: it counts as no precondition at all.
    /// </remarks>
    public static ProblemHttpResult? CheckIfMatch(string? ifMatch, uint currentVersion, string resource) =>
        CheckIfMatch(ifMatch, Of(currentVersion), resource);

    /// <param name="currentTag">The tag the resource is served with now, such as a <see cref="HttpCaching.ContentTag{T}"/>.</param>
    public static ProblemHttpResult? CheckIfMatch(string? ifMatch, string currentTag, string resource)
    {
        if (!EntityTagHeaderValue.TryParseList([ifMatch ?? ""], out var tags) || tags.Count == 0 || tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any)))
        {
            return TypedResults.Problem(
                $"Send If-Match with the ETag of the {resource} you read (If-Match: * is not enough), so that a change made meanwhile is never overwritten.",
                statusCode: StatusCodes.Status428PreconditionRequired, title: "Precondition Required");
        }

        var current = EntityTagHeaderValue.Parse(currentTag);
        return tags.Any(tag => tag.Compare(current, useStrongComparison: false)) ? null : Stale(resource);
    }

    public static ProblemHttpResult Stale(string resource) => TypedResults.Problem(
        $"The {resource} changed since you read it: read it again, reapply your change and send it with the new ETag.",
        statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition Failed");
}
