using System.Net;
using System.Net.Http.Json;
using ActorDirectory.Endpoints;
using ActorDirectory.Tests.Offers;
using Ssi.Testing;

namespace ActorDirectory.Tests.Collectives;

internal static class CollectiveRequests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static object Collective(Guid coordinatorActorId, string communeCode = "64129", int edition = 2026) => new
    {
        name = "Collectif SSI de Billère",
        description = "Collectif ouvert : associations, écoles, centres d'animation et citoyens.",
        coordinatorActorId,
        communeCode,
        edition,
    };

    /// <summary>Creates the collective as a member of its coordinator actor.</summary>
    public static async Task<CollectiveSummary> CreateCollectiveAsync(this ActorDirectoryFactory factory, Guid coordinatorActorId)
    {
        var response = await factory.MemberOf(coordinatorActorId).PostAsJsonAsync("/collectives", Collective(coordinatorActorId), Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync<CollectiveSummary>();
    }

    public static Task<HttpResponseMessage> JoinAsync(this HttpClient client, Guid collectiveId, object request) =>
        client.PostAsJsonAsync($"/collectives/{collectiveId}/members", request, Cancellation);

    public static Task<HttpResponseMessage> LeaveAsync(this HttpClient client, Guid collectiveId, Guid memberId, string leftOn) =>
        client.PostAsJsonAsync($"/collectives/{collectiveId}/members/{memberId}/leave", new { leftOn }, Cancellation);

    /// <summary>Makes an actor join and returns the new membership.</summary>
    public static async Task<CollectiveMemberResponse> JoinedAsync(this HttpClient client, Guid collectiveId, object request)
    {
        var response = await client.JoinAsync(collectiveId, request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadJsonAsync<CollectiveMemberResponse>();
    }
}
