using System.Net.Http.Json;
using ActorDirectory.Endpoints;
using Ssi.Testing;

namespace ActorDirectory.Tests.Offers;

internal static class OfferRequests
{
    public static object Room(string title, int capacity, string[]? tags = null, object[]? availability = null, string? communeCode = null) => new
    {
        kind = "room",
        title,
        capacity,
        tags = tags ?? [],
        communeCode,
        availability = availability ?? [],
    };

    public static object Window(string startsAt, string endsAt) => new { startsAt, endsAt };

    public static Task<HttpResponseMessage> PublishOfferAsync(this HttpClient client, Guid actorId, object request) =>
        client.PostAsJsonAsync($"/actors/{actorId}/offers", request, TestContext.Current.CancellationToken);

    /// <summary>Publishes with the actor's member token and returns the created offer.</summary>
    public static async Task<OfferResponse> PublishOfferAsync(this ActorDirectoryFactory factory, Guid actorId, object request)
    {
        var response = await factory.MemberOf(actorId).PublishOfferAsync(actorId, request);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync<OfferResponse>();
    }
}
