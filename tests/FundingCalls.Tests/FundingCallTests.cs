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

    private static object RegionalCall(string opensOn = "2026-03-01", string closesOn = "2026-06-30") => new
    {
        title = "Appel à projets spécial Semaine 2026",
        description = "Soutien aux associations qui portent des animations pendant la Semaine.",
        territoryCode = "32",
        budgetEnvelope = 150000m,
        opensOn,
        closesOn,
    };

    [Fact]
    public async Task A_funder_opens_a_call_that_anyone_can_read()
    {
        var funder = factory.CreateClient(TestTokens.Create(SsiRoles.Funder));

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
        var funder = factory.CreateClient(TestTokens.Create(SsiRoles.Funder));

        var response = await funder.PostAsJsonAsync("/calls", RegionalCall("2026-06-30", "2026-03-01"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<HttpValidationProblemDetails>();
        Assert.Contains("closesOn", problem!.Errors.Keys);
    }
}
