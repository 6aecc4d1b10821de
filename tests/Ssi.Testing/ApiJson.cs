using System.Net.Http.Json;
using Ssi.ServiceDefaults.Http;
using Xunit;

namespace Ssi.Testing;

/// <summary>Reads API responses with the services' own JSON conventions.</summary>
public static class ApiJson
{
    public static async Task<T> ReadJsonAsync<T>(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<T>(JsonDefaults.Options, TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException($"The response body was null, not a {typeof(T).Name}.");

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url) =>
        await client.GetFromJsonAsync<T>(url, JsonDefaults.Options, TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException($"{url} answered null, not a {typeof(T).Name}.");
}
