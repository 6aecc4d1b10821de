using System.Net;
using System.Net.Http.Json;
using FundingCalls.Endpoints;
using Ssi.Testing;

namespace FundingCalls.Tests;

/// <summary>A call whose deadline has passed with applications submitted to it, ready for its committee.</summary>
internal static class CommitteeFixture
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<(CallResponse Call, List<ApplicationResponse> Applications)> ClosedCallAsync(this FundingCallsFactory factory, BrokerProbe broker,
        int applications, Action<Dictionary<string, object?>>? terms = null, long requestedCents = 400_000L)
    {
        var funderId = await factory.AnnounceFunderAsync(broker);
        var request = FundingFixture.RegionalCall(funderId, closesAt: DateTimeOffset.UtcNow.AddSeconds(4 + applications / 2));
        terms?.Invoke(request);
        var call = await factory.OpenCallAsync(funderId, request);
        var submitted = new List<ApplicationResponse>();
        for (var index = 0; index < applications; index++)
        {
            var applicantId = await factory.AnnounceActorAsync(broker, $"Association solidaire n° {index + 1}");
            var eventId = await factory.AnnounceEventAsync(broker, applicantId);
            var draft = await factory.DraftAsync(call.Id, applicantId, FundingFixture.Application(applicantId, [eventId], requestedCents));
            var response = await factory.SubmitAsync(draft);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancellation));
            submitted.Add(draft);
        }

        await Eventually.Async(async () => Assert.Equal("closed", (await factory.CreateClient().GetJsonAsync<CallResponse>($"/calls/{call.Id}")).Status),
            TimeSpan.FromSeconds(40));
        return (call, submitted);
    }

    /// <summary>A session of three members with a quorum of two, examining <paramref name="agenda"/>; present members recorded when asked.</summary>
    public static async Task<SessionResponse> SessionAsync(this FundingCallsFactory factory, CallResponse call, IEnumerable<Guid> agenda, int present = 2)
    {
        var staff = factory.FunderStaff(call.Funder.Id);
        var created = await staff.PostAsJsonAsync($"/calls/{call.Id}/sessions", new
        {
            heldAt = "2026-12-03T18:30",
            place = "Hôtel de Région, Lille",
            quorum = 2,
            members = new[]
            {
                new { name = "Claire Exemple", role = "Présidente" },
                new { name = "Karim Exemple", role = "Élu délégué" },
                new { name = "Léa Exemple", role = "Représentante du réseau" },
            },
            agenda = agenda.ToArray(),
        }, Cancellation);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancellation));
        var session = await created.ReadJsonAsync<SessionResponse>();
        if (present == 0)
        {
            return session;
        }

        var names = new[] { "Claire Exemple", "Karim Exemple", "Léa Exemple" }.Take(present);
        var attended = await staff.PutAsJsonAsync($"/sessions/{session.Id}/attendance", new { present = names }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, attended.StatusCode);
        return await attended.ReadJsonAsync<SessionResponse>();
    }

    public static Task<HttpResponseMessage> DecideAsync(this HttpClient staff, SessionResponse session, Guid applicationId, string outcome, long? amountCents = null, string? reason = null) =>
        staff.PostAsJsonAsync($"/sessions/{session.Id}/decisions", new { applicationId, outcome, amountCents, reason }, Cancellation);
}
