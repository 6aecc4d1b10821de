using System.Net.Http.Json;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace ActorDirectory.Tests.Actors;

/// <summary>Real organisations of the SSI documents, as their editors would describe them; people are fictional.</summary>
internal static class ActorProfiles
{
    public static ActorProfileRequest MairieDeBillere => new(
        "Mairie de Billère",
        ActorKind.Commune,
        "64129",
        "Impulse et coordonne le collectif ouvert de la Semaine de la solidarité internationale à Billère.",
        Themes: ["education-citoyenne", "migrations", "education-citoyenne"],
        ServedAreas: ["commune:64129", "epci:200067254"],
        Address: new AddressModel("Hôtel de ville", "64140", "Billère"),
        Website: "https://www.billere.fr",
        PublicEmail: "ssi@billere.example.org",
        PublicPhone: "+33 5 36 49 10 20",
        Siren: "216 401 299",
        Siret: "21640129900013");

    public static ActorProfileRequest VilleDeFontenay => new(
        "Ville de Fontenay-sous-Bois",
        ActorKind.Commune,
        "94033",
        "Met ses salles à disposition et finance les actions des associations par sa commission d'aide aux projets.",
        ServedAreas: ["commune:94033"],
        Siren: "219400330");

    public static ActorProfileRequest Association(string name, string territoryCode = "64129", string? rna = null) =>
        new(name, ActorKind.Association, territoryCode, Themes: ["solidarite-internationale"], Rna: rna, IsInternationalSolidarity: true);
}

internal static class DirectoryHttp
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, JsonDefaults.Options, Cancellation);

    public static async Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, body.GetType(), options: JsonDefaults.Options) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request, Cancellation);
    }

    public static string ETag(this HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"The {(int)response.StatusCode} response has no ETag.");

    /// <summary>Registers an actor that must be accepted, returning it with its ETag.</summary>
    public static async Task<(ActorResponse Actor, string ETag)> RegisterOkAsync(this HttpClient client, ActorProfileRequest profile)
    {
        var response = await client.PostJsonAsync("/actors", profile);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancellation)}");
        return (await response.ReadJsonAsync<ActorResponse>(), response.ETag());
    }

    public static async Task<ProblemDetails> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.ReadJsonAsync<ProblemDetails>();
    }
}
