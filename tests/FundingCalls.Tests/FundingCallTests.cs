using System.Net.Http.Json;
using System.Net;
using FundingCalls.Endpoints;
using Microsoft.AspNetCore.Http;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace FundingCalls.Tests;

public sealed class FundingCallTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static object RegionalCall(string opensOn = "2026-03-01", string closesOn = "2026-06-30", string territoryCode = "32") => new
    {
        title = "Appel à projets spécial Semaine 2026",
        description = "Soutien aux associations qui portent des animations pendant la Semaine.",
        territoryCode,
        budgetEnvelope = 150000m,
        opensOn,
        closesOn,
    };

    [Fact]
    public async Task A_funder_opens_a_call_that_anyone_can_read()
    {
        var funder = factory.CreateClient(TestTokens.Create(SsiRoles.Funder, territories: ["region:76"]));

        var response = await funder.PostAsJsonAsync("/calls", RegionalCall(), Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var call = await response.ReadJsonAsync<FundingCallResponse>();
        var open = await factory.CreateClient().GetJsonAsync<Page<FundingCallResponse>>("/calls?territory=32&openOn=2026-04-15");
        Assert.Contains(open!.Items, listed => listed.Id == call!.Id && listed.BudgetEnvelope == 150000m);
        var closed = await factory.CreateClient().GetJsonAsync<Page<FundingCallResponse>>("/calls?territory=32&openOn=2026-07-01");
        Assert.DoesNotContain(closed!.Items, listed => listed.Id == call!.Id);
    }

    [Fact]
    public async Task Only_funders_and_admins_open_calls()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/calls", RegionalCall(), Cancellation)).StatusCode);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync("/calls", RegionalCall(), Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_call_closing_before_it_opens_is_a_400_problem()
    {
        var funder = factory.CreateClient(TestTokens.Create(SsiRoles.Funder, territories: ["region:76"]));

        var response = await funder.PostAsJsonAsync("/calls", RegionalCall("2026-06-30", "2026-03-01"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<HttpValidationProblemDetails>();
        Assert.Contains("closesOn", problem!.Errors.Keys);
    }

    [Theory]
    [InlineData("region:76", "32", HttpStatusCode.Created)]
    [InlineData("region:76", "region:76", HttpStatusCode.Created)]
    [InlineData("region:76", "32013", HttpStatusCode.Created)]
    [InlineData("department:32", "32013", HttpStatusCode.Created)]
    [InlineData("epci:200066926", "epci:200066926", HttpStatusCode.Created)]
    [InlineData("region:76", "64", HttpStatusCode.Forbidden)]
    [InlineData("department:32", "region:76", HttpStatusCode.Forbidden)]
    [InlineData("department:32", "64445", HttpStatusCode.Forbidden)]
    [InlineData("epci:200066926", "32013", HttpStatusCode.Forbidden)]
    public async Task A_funder_opens_calls_only_in_the_territories_it_covers(string claim, string territoryCode, HttpStatusCode expected)
    {
        var funder = factory.CreateClient(TestTokens.Create(SsiRoles.Funder, territories: [claim]));

        var response = await funder.PostAsJsonAsync("/calls", RegionalCall(territoryCode: territoryCode), Cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_funder_without_territory_opens_nothing_and_an_admin_anywhere()
    {
        var funder = factory.CreateClient(TestTokens.Create(SsiRoles.Funder));
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        Assert.Equal(HttpStatusCode.Forbidden, (await funder.PostAsJsonAsync("/calls", RegionalCall(), Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/calls", RegionalCall(territoryCode: "971"), Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/calls", RegionalCall(territoryCode: "région 76"), Cancellation)).StatusCode);
    }

    [Theory]
    [InlineData("/calls?territory=%00")]
    [InlineData("/calls?openOn=2026-04-01%00")]
    public async Task A_control_character_in_a_query_is_a_400_problem_without_a_token(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
