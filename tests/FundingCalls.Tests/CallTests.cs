using System.Net;
using System.Net.Http.Json;
using FundingCalls.Endpoints;
using Microsoft.AspNetCore.Http;
using Ssi.Contracts.FundingCalls;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace FundingCalls.Tests;

public sealed class CallTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(CallOpened));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    [Fact]
    public async Task A_draft_is_its_funders_until_opened_then_everyones_and_announced()
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var staff = factory.FunderStaff(funderId);

        var created = await staff.PostAsJsonAsync("/calls", FundingFixture.RegionalCall(funderId), Cancellation);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await created.ReadJsonAsync<CallResponse>();
        Assert.Equal(("draft", "Conseil régional Nord-Pas-de-Calais", 15_000_000L), (draft.Status, draft.Funder.Name, draft.EnvelopeCents));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/calls/{draft.Id}", Cancellation)).StatusCode);
        Assert.DoesNotContain((await factory.CreateClient().GetJsonAsync<Page<CallResponse>>("/calls?scope=region:32")).Items, call => call.Id == draft.Id);

        var opened = await staff.PostAsync($"/calls/{draft.Id}/open", null, Cancellation);

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var open = await factory.CreateClient().GetJsonAsync<CallResponse>($"/calls/{draft.Id}");
        Assert.Equal(("open", true), (open.Status, open.AcceptsSubmissions));
        Assert.Contains((await factory.CreateClient().GetJsonAsync<Page<CallResponse>>("/calls?scope=region:32&acceptingSubmissions=true")).Items, call => call.Id == draft.Id);
        var announced = await _broker.WaitForAsync<CallOpened>(message => message.CallId == draft.Id);
        Assert.Equal(("region:32", open.ClosesAt), (announced.ScopeTerritory, announced.ClosesAt));
        Assert.Equal(["association"], announced.EligibleActorKinds);
    }

    [Fact]
    public async Task Opening_and_closing_instants_are_europe_paris_wall_clock_times()
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var request = FundingFixture.RegionalCall(funderId);
        request["opensAt"] = "2026-03-02T09:00";
        request["closesAt"] = "2026-06-30T23:59:59";

        var call = await (await factory.FunderStaff(funderId).PostAsJsonAsync("/calls", request, Cancellation)).ReadJsonAsync<CallResponse>();

        Assert.Equal(DateTimeOffset.Parse("2026-03-02T09:00+01:00"), call.OpensAt);
        Assert.Equal(DateTimeOffset.Parse("2026-06-30T23:59:59+02:00"), call.ClosesAt);
        request["closesAt"] = "2026-03-29T02:30";
        var skipped = await factory.FunderStaff(funderId).PostAsJsonAsync("/calls", request, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        Assert.Contains("clocks go forward", (await skipped.ReadJsonAsync<HttpValidationProblemDetails>()).Errors["closesAt"][0]);
    }

    [Theory]
    [InlineData("criteria", "weights")]
    [InlineData("maxGrantCents", "envelope")]
    [InlineData("closesAt", "after it opens")]
    [InlineData("scope", "not a territory")]
    [InlineData("eligibility.actorKinds[0]", "not a kind")]
    [InlineData("criteria[1].key", "used twice")]
    public async Task Terms_that_contradict_each_other_are_a_400_naming_the_field(string field, string explanation)
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var request = FundingFixture.RegionalCall(funderId);
        switch (field)
        {
            case "criteria":
                request["criteria"] = new[] { new { key = "impact", label = "Impact local", weight = 60 }, new { key = "budget", label = "Budget", weight = 30 } };
                break;
            case "maxGrantCents":
                request["maxGrantCents"] = 20_000_000L;
                break;
            case "closesAt":
                request["closesAt"] = DateTimeOffset.UtcNow.AddDays(-2).ToString("O");
                break;
            case "scope":
                request["scope"] = "région 32";
                break;
            case "eligibility.actorKinds[0]":
                request["eligibility"] = new { actorKinds = new[] { "collectif" }, applicantInScope = true, requireSiretOrRna = false, minimumLinkedEvents = 0 };
                break;
            default:
                request["criteria"] = new[] { new { key = "impact", label = "Impact local", weight = 50 }, new { key = "impact", label = "Impact bis", weight = 50 } };
                break;
        }

        var response = await factory.FunderStaff(funderId).PostAsJsonAsync("/calls", request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<HttpValidationProblemDetails>();
        Assert.Contains(explanation, Assert.Contains(field, problem.Errors)[0]);
    }

    [Theory]
    [InlineData("envelopeCents", "1500.5")]
    [InlineData("envelopeCents", "-100")]
    [InlineData("cofundingCapPercent", "0")]
    [InlineData("title", "\"Appel\\u0000à projets\"")]
    public async Task Fractional_cents_negative_amounts_and_control_characters_are_400s(string field, string json)
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var body = System.Text.Json.JsonSerializer.Serialize(FundingFixture.RegionalCall(funderId)).Replace($"\"{field}\":", $"\"{field}\":{json},\"ignored\":");

        var response = await factory.FunderStaff(funderId).PostAsync("/calls", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_funders_staff_run_only_their_own_calls()
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var otherFunderId = await factory.AnnounceFunderAsync(_broker, "Ville de Fontenay-sous-Bois");
        var call = await (await factory.FunderStaff(funderId).PostAsJsonAsync("/calls", FundingFixture.RegionalCall(funderId), Cancellation)).ReadJsonAsync<CallResponse>();
        var other = factory.FunderStaff(otherFunderId);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/calls", FundingFixture.RegionalCall(funderId), Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/calls/{call.Id}/open", null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/calls/{call.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.MemberOf(funderId).PostAsJsonAsync("/calls", FundingFixture.RegionalCall(funderId), Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/calls", FundingFixture.RegionalCall(funderId), Cancellation)).StatusCode);
        var unknown = Guid.CreateVersion7();
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsJsonAsync("/calls", FundingFixture.RegionalCall(unknown), Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_draft_changes_with_if_match_and_an_open_call_never_does()
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var staff = factory.FunderStaff(funderId);
        var call = await (await staff.PostAsJsonAsync("/calls", FundingFixture.RegionalCall(funderId), Cancellation)).ReadJsonAsync<CallResponse>();
        var read = await staff.GetAsync($"/calls/{call.Id}", Cancellation);
        var revised = FundingFixture.RegionalCall(funderId);
        revised["envelopeCents"] = 12_000_000L;

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await staff.PutAsJsonAsync($"/calls/{call.Id}", revised, Cancellation)).StatusCode);
        var edited = await staff.SendAsync(ConditionalRequests.PutIfMatch($"/calls/{call.Id}", revised, read.Headers.ETag!.ToString()), Cancellation);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(12_000_000L, (await edited.ReadJsonAsync<CallResponse>()).EnvelopeCents);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await staff.SendAsync(ConditionalRequests.PutIfMatch($"/calls/{call.Id}", revised, read.Headers.ETag!.ToString()), Cancellation)).StatusCode);

        await staff.PostAsync($"/calls/{call.Id}/open", null, Cancellation);
        var current = await staff.GetAsync($"/calls/{call.Id}", Cancellation);
        var afterOpening = await staff.SendAsync(ConditionalRequests.PutIfMatch($"/calls/{call.Id}", revised, current.Headers.ETag!.ToString()), Cancellation);
        Assert.Equal(HttpStatusCode.Conflict, afterOpening.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"/calls/{call.Id}/open", null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PostAsync($"/calls/{call.Id}/archive", null, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_commune_finds_the_open_calls_of_its_city_department_and_region()
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        async Task<Guid> OpenAsync(string scope)
        {
            var request = FundingFixture.RegionalCall(funderId);
            request["scope"] = scope;
            return (await factory.OpenCallAsync(funderId, request)).Id;
        }

        var region = await OpenAsync("region:32");
        var department = await OpenAsync("department:59");
        var city = await OpenAsync("commune:59350");
        var elsewhere = await OpenAsync("department:62");

        var found = (await factory.CreateClient().GetJsonAsync<Page<CallResponse>>("/calls?covers=commune:59350&limit=100")).Items.Select(call => call.Id).ToList();

        Assert.Contains(region, found);
        Assert.Contains(department, found);
        Assert.Contains(city, found);
        Assert.DoesNotContain(elsewhere, found);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().GetAsync("/calls?covers=Lille", Cancellation)).StatusCode);
    }

    [Theory]
    [InlineData("/calls?scope=%00")]
    [InlineData("/calls?status=ouvert")]
    [InlineData("/calls?edition=2026%00")]
    [InlineData("/calls?cursor=nope")]
    public async Task A_bad_query_is_a_400_problem_without_a_token(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
