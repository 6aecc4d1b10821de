using System.Net;
using System.Text.Json;
using PublicSite.Site;

namespace PublicSite.Apis;

/// <summary>
/// Reads one service's public API as an anonymous visitor would: a missing resource is null, a
/// request the service finds malformed is the visitor's mistake (a French 400 page), any other
/// failure is the service's (a French 503 page).
/// </summary>
public abstract class PublicApi(HttpClient http)
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected HttpClient Http => http;

    protected async Task<T?> GetAsync<T>(string pathAndQuery, CancellationToken cancellationToken) where T : class
    {
        using var response = await http.GetAsync(pathAndQuery, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        ThrowIfVisitorMistake(response);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
    }

    protected static void ThrowIfVisitorMistake(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity)
        {
            throw new InvalidRequestException("Un des critères de cette adresse n'est pas valable.");
        }
    }
}
