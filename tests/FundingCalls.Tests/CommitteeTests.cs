using System.Net;
using System.Net.Http.Json;
using FundingCalls.Endpoints;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.Contracts.FundingCalls;
using Ssi.Testing;

namespace FundingCalls.Tests;

public sealed class CommitteeTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri,
        typeof(ApplicationAccepted), typeof(ApplicationRefused), typeof(GrantAwarded));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    [Fact]
    public async Task A_session_with_quorum_accepts_refuses_and_adjourns_under_numbered_deliberations()
    {
        var (call, applications) = await factory.ClosedCallAsync(_broker, 3);
        var session = await factory.SessionAsync(call, applications.Select(a => a.Id));
        var staff = factory.FunderStaff(call.Funder.Id);

        var accepted = await staff.DecideAsync(session, applications[0].Id, "accepted", amountCents: 350_000L);
        var refused = await staff.DecideAsync(session, applications[1].Id, "refused", reason: "Projet hors du champ de la Semaine.");
        var adjourned = await staff.DecideAsync(session, applications[2].Id, "adjourned", reason: "Budget à préciser.");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { accepted.StatusCode, refused.StatusCode, adjourned.StatusCode });
        var numbers = new[] { accepted, refused, adjourned }.Select(response => response.ReadJsonAsync<DecisionResponse>().Result.DeliberationNumber).ToList();
        Assert.Equal(["2026-001", "2026-002", "2026-003"], numbers);
        var awarded = await _broker.WaitForAsync<GrantAwarded>(message => message.ApplicationId == applications[0].Id);
        Assert.Equal((350_000L, "Conseil régional Nord-Pas-de-Calais", "2026-001"), (awarded.AmountCents, awarded.FunderName, awarded.DeliberationNumber));
        Assert.Equal(applications[0].EventIds, awarded.EventIds);
        Assert.Equal("2026-001", (await _broker.WaitForAsync<ApplicationAccepted>(message => message.ApplicationId == applications[0].Id)).DeliberationNumber);
        Assert.Equal("Projet hors du champ de la Semaine.", (await _broker.WaitForAsync<ApplicationRefused>(message => message.ApplicationId == applications[1].Id)).Reason);
        var statuses = new List<string>();
        foreach (var application in applications)
        {
            statuses.Add((await staff.GetJsonAsync<ApplicationResponse>($"/applications/{application.Id}")).Status);
        }

        Assert.Equal(["accepted", "refused", "submitted"], statuses);
        var history = await staff.GetJsonAsync<List<TransitionResponse>>($"/applications/{applications[0].Id}/history");
        Assert.Contains("2026-001", history[^1].Reason);
        Assert.Equal(350_000L, (await factory.CreateClient().GetJsonAsync<CallResponse>($"/calls/{call.Id}")).AwardedCents);
    }

    [Fact]
    public async Task A_session_without_quorum_decides_nothing()
    {
        var (call, applications) = await factory.ClosedCallAsync(_broker, 1);
        var session = await factory.SessionAsync(call, applications.Select(a => a.Id), present: 1);

        var response = await factory.FunderStaff(call.Funder.Id).DecideAsync(session, applications[0].Id, "accepted", amountCents: 100_000L);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("quorum", await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal("submitted", (await factory.FunderStaff(call.Funder.Id).GetJsonAsync<ApplicationResponse>($"/applications/{applications[0].Id}")).Status);
        Assert.Equal(0L, (await factory.CreateClient().GetJsonAsync<CallResponse>($"/calls/{call.Id}")).AwardedCents);
    }

    [Theory]
    [InlineData("accepted", 450_000L, null, HttpStatusCode.BadRequest)]
    [InlineData("accepted", null, null, HttpStatusCode.BadRequest)]
    [InlineData("refused", null, null, HttpStatusCode.BadRequest)]
    [InlineData("refused", 100_000L, "Non.", HttpStatusCode.BadRequest)]
    [InlineData("approved", null, null, HttpStatusCode.BadRequest)]
    public async Task A_decision_that_breaks_a_rule_is_refused_and_changes_nothing(string outcome, long? amountCents, string? reason, HttpStatusCode expected)
    {
        var (call, applications) = await factory.ClosedCallAsync(_broker, 1);
        var session = await factory.SessionAsync(call, applications.Select(a => a.Id));

        var response = await factory.FunderStaff(call.Funder.Id).DecideAsync(session, applications[0].Id, outcome, amountCents, reason);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty((await factory.FunderStaff(call.Funder.Id).GetJsonAsync<SessionResponse>($"/sessions/{session.Id}")).Decisions);
    }

    [Fact]
    public async Task Decisions_wait_for_the_deadline_and_sessions_are_their_funders_alone()
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var call = await factory.OpenCallAsync(funderId);
        var applicantId = await factory.AnnounceActorAsync(_broker);
        var eventId = await factory.AnnounceEventAsync(_broker, applicantId);
        var draft = await factory.DraftAsync(call.Id, applicantId, FundingFixture.Application(applicantId, [eventId]));
        await factory.SubmitAsync(draft);
        var session = await factory.SessionAsync(call, [draft.Id]);
        var staff = factory.FunderStaff(funderId);

        Assert.Equal(HttpStatusCode.Conflict, (await staff.DecideAsync(session, draft.Id, "accepted", amountCents: 100_000L)).StatusCode);
        var stranger = factory.FunderStaff(await factory.AnnounceFunderAsync(_broker, "Département du Nord"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DecideAsync(session, draft.Id, "refused", reason: "Non.")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/sessions/{session.Id}/minutes", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.MemberOf(applicantId).DecideAsync(session, draft.Id, "accepted", amountCents: 400_000L)).StatusCode);
        var bad = await staff.PostAsJsonAsync($"/calls/{call.Id}/sessions", new
        {
            heldAt = "2026-12-03T18:30", place = "Lille", quorum = 4,
            members = new[] { new { name = "Claire Exemple", role = "Présidente" } },
            agenda = new[] { Guid.CreateVersion7() },
        }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>()).Errors;
        Assert.Equal(["agenda[0]", "quorum"], errors.Keys.Order());
    }

    [Fact]
    public async Task Signed_minutes_are_kept_as_signed_and_the_call_is_then_decided()
    {
        var (call, applications) = await factory.ClosedCallAsync(_broker, 2);
        var session = await factory.SessionAsync(call, applications.Select(a => a.Id));
        var staff = factory.FunderStaff(call.Funder.Id);
        Assert.Equal(HttpStatusCode.OK, (await staff.DecideAsync(session, applications[0].Id, "accepted", amountCents: 400_000L)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.DecideAsync(session, applications[1].Id, "refused", reason: "Aucun événement public & ouvert (< 3 partenaires).")).StatusCode);
        var draft = await staff.GetStringAsync($"/sessions/{session.Id}/minutes", Cancellation);
        Assert.Contains("Projet de procès-verbal", draft);

        var signed = await staff.PostAsJsonAsync($"/sessions/{session.Id}/sign-off", new { signedBy = "Claire Exemple, présidente de séance" }, Cancellation);

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var minutes = await staff.GetStringAsync($"/sessions/{session.Id}/minutes", Cancellation);
        Assert.Contains("<html lang=\"fr\">", minutes);
        Assert.Contains("Délibération n° 2026-001", minutes);
        Assert.Contains("subvention accordée de 4\u202f000,00\u00a0€", WebUtility.HtmlDecode(minutes));
        Assert.Contains("Aucun événement public &amp; ouvert (&lt; 3 partenaires).", minutes);
        Assert.Contains("Association solidaire n° 1", minutes);
        Assert.Contains("quorum de 2 atteint", minutes);
        Assert.Contains("Signé le", minutes);
        Assert.Equal("decided", (await factory.CreateClient().GetJsonAsync<CallResponse>($"/calls/{call.Id}")).Status);

        await _broker.Bus.Publish(new ActorUpdated(applications[0].Applicant.Id, 2, "Association renommée", "association", "59350", null, "59", "32", "active",
            [], [], false, null, null, "W595012345", null, null, null, DateTimeOffset.UtcNow), Cancellation);
        await Eventually.Async(async () => Assert.Equal("Association renommée",
            await factory.InScopeAsync(db => db.Actors.Where(a => a.ActorId == applications[0].Applicant.Id).Select(a => a.Name).SingleAsync())));
        Assert.Equal(minutes, await staff.GetStringAsync($"/sessions/{session.Id}/minutes", Cancellation));
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/sessions/{session.Id}/sign-off", new { signedBy = "Quelqu'un d'autre" }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutAsJsonAsync($"/sessions/{session.Id}/attendance", new { present = new[] { "Claire Exemple" } }, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Concurrent_awards_never_overdraw_the_envelope()
    {
        const int applicationCount = 12;
        var (call, applications) = await factory.ClosedCallAsync(_broker, applicationCount, terms => terms["envelopeCents"] = 3_000_000L);
        var session = await factory.SessionAsync(call, applications.Select(a => a.Id));
        var staff = factory.FunderStaff(call.Funder.Id);

        var responses = await Task.WhenAll(applications.Select(application => staff.DecideAsync(session, application.Id, "accepted", amountCents: 400_000L)));

        Assert.Equal(7, responses.Count(response => response.StatusCode == HttpStatusCode.OK));
        Assert.Equal(applicationCount - 7, responses.Count(response => response.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2_800_000L, (await factory.CreateClient().GetJsonAsync<CallResponse>($"/calls/{call.Id}")).AwardedCents);
        var grants = await factory.InScopeAsync(db => db.Grants.Where(g => g.CallId == call.Id).ToListAsync());
        Assert.Equal(2_800_000L, grants.Sum(grant => grant.AmountCents));
        Assert.Equal(7, grants.Select(grant => grant.DeliberationNumber).Distinct().Count());
    }
}
