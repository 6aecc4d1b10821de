using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FundingCalls.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.EventsCalendar;
using Ssi.Contracts.FundingCalls;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace FundingCalls.Tests;

public sealed class ApplicationTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(ApplicationSubmitted), typeof(CorrectionRequested));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    private async Task<(CallResponse Call, Guid ApplicantId, Guid EventId)> OpenCallWithApplicantAsync(DateTimeOffset? closesAt = null)
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var call = await factory.OpenCallAsync(funderId, FundingFixture.RegionalCall(funderId, closesAt: closesAt));
        var applicantId = await factory.AnnounceActorAsync(_broker);
        return (call, applicantId, await factory.AnnounceEventAsync(_broker, applicantId));
    }

    [Fact]
    public async Task An_applicant_submits_a_balanced_eligible_application_and_the_funder_hears_of_it()
    {
        var (call, applicantId, eventId) = await OpenCallWithApplicantAsync();
        var draft = await factory.DraftAsync(call.Id, applicantId, FundingFixture.Application(applicantId, [eventId]));
        Assert.Equal("draft", draft.Status);
        Assert.Empty((await factory.FunderStaff(call.Funder.Id).GetJsonAsync<Page<ApplicationResponse>>($"/calls/{call.Id}/applications")).Items);

        var submitted = await factory.SubmitAsync(draft);

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("submitted", (await submitted.ReadJsonAsync<ApplicationResponse>()).Status);
        var announced = await _broker.WaitForAsync<ApplicationSubmitted>(message => message.ApplicationId == draft.Id);
        Assert.Equal((applicantId, 400_000L, false), (announced.ApplicantId, announced.RequestedCents, announced.Resubmission));
        var listed = await factory.FunderStaff(call.Funder.Id).GetJsonAsync<Page<ApplicationResponse>>($"/calls/{call.Id}/applications");
        Assert.Equal(draft.Id, Assert.Single(listed.Items).Id);
        var history = await factory.MemberOf(applicantId).GetJsonAsync<List<TransitionResponse>>($"/applications/{draft.Id}/history");
        Assert.Equal([(null, "draft"), ("draft", "submitted")], history.Select(t => (t.From, t.To)));
    }

    [Fact]
    public async Task An_ineligible_submission_is_refused_with_every_failing_rule_named_and_changes_nothing()
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var terms = FundingFixture.RegionalCall(funderId);
        terms["cofundingCapPercent"] = 50;
        var call = await factory.OpenCallAsync(funderId, terms);
        var outsider = await factory.AnnounceActorAsync(_broker, "MJC de Billère", kind: "mjc", communeCode: "64129", departmentCode: "64", regionCode: "75", rna: null);
        var foreignEvent = await factory.AnnounceEventAsync(_broker, Guid.CreateVersion7(), "Forum d'un autre organisateur");
        var request = FundingFixture.Application(outsider, [foreignEvent]);
        request["requestedCents"] = 600_000L;
        request["documents"] = new[] { new { key = "statuts", title = "Statuts", url = "https://documents.example.org/statuts.pdf" } };
        var draft = await factory.DraftAsync(call.Id, outsider, request);

        var response = await factory.SubmitAsync(draft);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ReadJsonAsync<HttpValidationProblemDetails>()).Errors;
        Assert.Equal(
            ["budget", "documents.rib", "eligibility.actorKinds", "eligibility.applicantInScope", "eligibility.minimumLinkedEvents", "eligibility.requireSiretOrRna", "eventIds[0]", "requestedCents"],
            errors.Keys.Order());
        Assert.Equal(2, errors["requestedCents"].Length);
        var unchanged = await factory.MemberOf(outsider).GetJsonAsync<ApplicationResponse>($"/applications/{draft.Id}");
        Assert.Equal("draft", unchanged.Status);
        Assert.Single(await factory.MemberOf(outsider).GetJsonAsync<List<TransitionResponse>>($"/applications/{draft.Id}/history"));
    }

    [Fact]
    public async Task A_submission_one_second_late_is_refused_and_one_in_time_is_not()
    {
        var (call, applicantId, eventId) = await OpenCallWithApplicantAsync(closesAt: DateTimeOffset.UtcNow.AddSeconds(4));
        var inTime = await factory.DraftAsync(call.Id, applicantId, FundingFixture.Application(applicantId, [eventId]));
        var late = await factory.DraftAsync(call.Id, applicantId, FundingFixture.Application(applicantId, [eventId]));

        Assert.Equal(HttpStatusCode.OK, (await factory.SubmitAsync(inTime)).StatusCode);
        var wait = call.ClosesAt.AddSeconds(1) - DateTimeOffset.UtcNow;
        await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Cancellation);
        var refused = await factory.SubmitAsync(late);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await refused.ReadJsonAsync<HttpValidationProblemDetails>()).Errors;
        Assert.Contains("late", Assert.Single(errors).Value[0]);
        Assert.Equal(HttpStatusCode.Conflict,
            (await factory.MemberOf(applicantId).PostAsJsonAsync($"/calls/{call.Id}/applications", FundingFixture.Application(applicantId, [eventId]), Cancellation)).StatusCode);
    }

    [Fact]
    public async Task The_funder_asks_for_corrections_as_often_as_needed_and_each_answer_is_dated()
    {
        var (call, applicantId, eventId) = await OpenCallWithApplicantAsync();
        var draft = await factory.DraftAsync(call.Id, applicantId, FundingFixture.Application(applicantId, [eventId]));
        await factory.SubmitAsync(draft);
        var staff = factory.FunderStaff(call.Funder.Id);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/applications/{draft.Id}/review", null, Cancellation)).StatusCode);

        foreach (var reason in new[] { "Joindre le bilan 2025 signé.", "Préciser le nombre d'élèves touchés." })
        {
            var asked = await staff.PostAsJsonAsync($"/applications/{draft.Id}/corrections", new { reason }, Cancellation);
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            Assert.Equal(reason, (await _broker.WaitForAsync<CorrectionRequested>(message => message.ApplicationId == draft.Id && message.Reason == reason)).Reason);
            var member = factory.MemberOf(applicantId);
            var read = await member.GetAsync($"/applications/{draft.Id}", Cancellation);
            var corrected = FundingFixture.Application(applicantId, [eventId]);
            Assert.Equal(HttpStatusCode.OK, (await member.SendAsync(ConditionalRequests.PutIfMatch($"/applications/{draft.Id}", corrected, read.Headers.ETag!.ToString()), Cancellation)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await factory.SubmitAsync(draft)).StatusCode);
        }

        var application = await staff.GetJsonAsync<ApplicationResponse>($"/applications/{draft.Id}");
        Assert.Equal(2, application.Corrections.Count);
        Assert.All(application.Corrections, correction => Assert.NotNull(correction.AnsweredAt));
        var history = await staff.GetJsonAsync<List<TransitionResponse>>($"/applications/{draft.Id}/history");
        Assert.Equal(
            ["draft", "submitted", "under-review", "corrections-requested", "submitted", "corrections-requested", "submitted"],
            history.Select(t => t.To));
        Assert.Equal("Joindre le bilan 2025 signé.", history[3].Reason);
        Assert.True((await _broker.WaitForAsync<ApplicationSubmitted>(message => message.ApplicationId == draft.Id && message.Resubmission)).Resubmission);
    }

    [Fact]
    public async Task Moves_the_lifecycle_forbids_are_409s_that_change_nothing()
    {
        var (call, applicantId, eventId) = await OpenCallWithApplicantAsync();
        var draft = await factory.DraftAsync(call.Id, applicantId, FundingFixture.Application(applicantId, [eventId]));
        var member = factory.MemberOf(applicantId);
        var staff = factory.FunderStaff(call.Funder.Id);
        await factory.SubmitAsync(draft);

        Assert.Equal(HttpStatusCode.Conflict, (await factory.SubmitAsync(draft)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsJsonAsync($"/applications/{draft.Id}/corrections", new { reason = " " }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/applications/{draft.Id}/review", null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsJsonAsync($"/applications/{draft.Id}/withdraw", new { reason = "Projet reporté." }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"/applications/{draft.Id}/review", null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsJsonAsync($"/applications/{draft.Id}/corrections", new { reason = "Trop tard." }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await factory.SubmitAsync(draft)).StatusCode);
        var history = await member.GetJsonAsync<List<TransitionResponse>>($"/applications/{draft.Id}/history");
        Assert.Equal(["draft", "submitted", "withdrawn"], history.Select(t => t.To));
    }

    [Fact]
    public async Task Applications_are_seen_only_by_their_applicants_and_once_submitted_the_calls_funder()
    {
        var (call, applicantId, eventId) = await OpenCallWithApplicantAsync();
        var draft = await factory.DraftAsync(call.Id, applicantId, FundingFixture.Application(applicantId, [eventId]));
        var otherMember = factory.MemberOf(await factory.AnnounceActorAsync(_broker, "Maison des solidarités de Roubaix"));
        var otherFunder = factory.FunderStaff(await factory.AnnounceFunderAsync(_broker, "Département du Nord"));
        var staff = factory.FunderStaff(call.Funder.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/applications/{draft.Id}", Cancellation)).StatusCode);
        await factory.SubmitAsync(draft);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/applications/{draft.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherMember.GetAsync($"/applications/{draft.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherFunder.GetAsync($"/applications/{draft.Id}/history", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/applications/{draft.Id}", Cancellation)).StatusCode);
        Assert.Empty((await otherMember.GetJsonAsync<Page<ApplicationResponse>>($"/calls/{call.Id}/applications")).Items);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await otherMember.PostAsJsonAsync($"/calls/{call.Id}/applications", FundingFixture.Application(applicantId, [eventId]), Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_cancelled_event_no_longer_makes_an_application_eligible()
    {
        var (call, applicantId, eventId) = await OpenCallWithApplicantAsync();
        var draft = await factory.DraftAsync(call.Id, applicantId, FundingFixture.Application(applicantId, [eventId]));
        await _broker.Bus.Publish(new EventCancelled(eventId, applicantId, "Disco soupe solidaire", "59350", "Salle indisponible.",
            DateTimeOffset.Parse("2026-11-18T18:00+01:00"), DateTimeOffset.UtcNow), Cancellation);

        await Eventually.Async(async () => Assert.True(await factory.InScopeAsync(db => db.CalendarEvents.Where(e => e.EventId == eventId).Select(e => e.IsCancelled).SingleAsync())));

        var response = await factory.SubmitAsync(draft);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ReadJsonAsync<HttpValidationProblemDetails>()).Errors;
        Assert.Contains("cancelled", errors["eventIds[0]"][0]);
        Assert.Contains("eligibility.minimumLinkedEvents", errors.Keys);
    }

    [Fact]
    public async Task A_contact_erased_from_the_directory_is_forgotten_and_must_be_replaced_before_submitting()
    {
        var (call, applicantId, eventId) = await OpenCallWithApplicantAsync();
        var contactId = Guid.CreateVersion7();
        var request = FundingFixture.Application(applicantId, [eventId]);
        request["contact"] = new { contactId, name = "Camille Exemple", email = "camille.exemple@example.org", phone = (string?)null };
        var draft = await factory.DraftAsync(call.Id, applicantId, request);

        await _broker.Bus.Publish(new Ssi.Contracts.ActorDirectory.ContactErased(contactId, applicantId, DateTimeOffset.UtcNow), Cancellation);

        await Eventually.Async(async () => Assert.Null((await factory.MemberOf(applicantId).GetJsonAsync<ApplicationResponse>($"/applications/{draft.Id}")).Contact));
        var refused = await factory.SubmitAsync(draft);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("contact", (await refused.ReadJsonAsync<HttpValidationProblemDetails>()).Errors.Keys);
    }

    [Theory]
    [InlineData("\"requestedCents\":400000", "\"requestedCents\":4000.5")]
    [InlineData("\"amountCents\":150000", "\"amountCents\":-1")]
    [InlineData("\"account\":\"606\"", "\"account\":\"740\"")]
    [InlineData("\"account\":\"864\"", "\"account\":\"64\"")]
    [InlineData("\"territory\":\"commune:59350\"", "\"territory\":\"Lille\"")]
    [InlineData("\"email\":\"camille.exemple@example.org\"", "\"email\":\"camille\"")]
    [InlineData("\"title\":\"Disco soupe", "\"title\":\"Disco\\u0007soupe")]
    public async Task A_malformed_application_is_a_400_and_saves_nothing(string valid, string invalid)
    {
        var (call, applicantId, eventId) = await OpenCallWithApplicantAsync();
        var body = JsonSerializer.Serialize(FundingFixture.Application(applicantId, [eventId]));
        Assert.Contains(valid, body);

        var response = await factory.MemberOf(applicantId).PostAsync($"/calls/{call.Id}/applications",
            new StringContent(body.Replace(valid, invalid), System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await factory.MemberOf(applicantId).GetJsonAsync<Page<ApplicationResponse>>($"/calls/{call.Id}/applications")).Items);
    }
}
