using System.Net.Http.Json;

namespace Ssi.Testing;

public static class ConditionalRequests
{
    /// <summary>A PUT of <paramref name="body"/> as JSON, sent only if the resource still has the entity tag <paramref name="ifMatch"/>.</summary>
    public static HttpRequestMessage PutIfMatch(string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
