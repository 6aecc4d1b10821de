using System.Net.Http.Json;

namespace ActorDirectory.Tests;

internal static class ActorRequests
{
    public static object Billere(string name = "Mairie de Billère") => new
    {
        name,
        kind = "commune",
        territoryCode = "64129",
        description = "Coordonne le collectif SSI de Billère.",
    };

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, object request) =>
        client.PostAsJsonAsync("/actors", request, TestContext.Current.CancellationToken);
}
