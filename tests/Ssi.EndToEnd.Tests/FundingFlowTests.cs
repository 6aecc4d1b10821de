using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

/// <summary>Funding learns of actors from the directory and of events from the calendar, through the broker, on the real platform.</summary>
public sealed class FundingFlowTests(PlatformFixture platform)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_organiser_applies_to_a_city_call_with_its_published_event()
    {
        var coordinator = platform.CreateClient(TestTokens.Create("coordinator", territories: ["64"]));
        var published = await Flows.PublishAnEventInBillereAsync(coordinator, "Jardins solidaires de Billère", "Disco soupe des jardins");
        var funderId = await Flows.RegisterActorInBillereAsync(coordinator, "Commune de Billère (financeur de test)", "commune",
            "Soutient les animations de la Semaine portées par les associations de la ville.");
        var staff = platform.CreateClient(TestTokens.Create("funder", actors: [funderId]));

        var callId = await Flows.OpenACallInBillereAsync(staff, funderId, "Aide aux projets de la Semaine à Billère", [], minimumLinkedEvents: 1);

        var applicant = platform.CreateClient(TestTokens.Create("member", actors: [published.OrganiserId]));
        var draft = await applicant.PostAsJsonAsync($"/api/funding/calls/{callId}/applications", new
        {
            applicantId = published.OrganiserId,
            project = new
            {
                title = "Disco soupe des jardins",
                objectives = "Cuisiner ensemble les légumes sauvés du gaspillage et parler souveraineté alimentaire.",
                beneficiaries = "Habitants de Billère.",
                territory = "commune:64129",
                startsOn = "2026-11-18",
                endsOn = "2026-11-18",
            },
            eventIds = new[] { published.EventId },
            budget = new
            {
                charges = new[] { new { account = "606", label = "Achats", amountCents = 150_000L } },
                income = new[] { new { account = "756", label = "Cotisations", amountCents = 50_000L } },
            },
            requestedCents = 100_000L,
            contact = new { name = "Camille Exemple", email = "camille.exemple@example.org" },
        }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var applicationId = (await draft.ReadJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await Eventually.Async(async () =>
        {
            var submitted = await applicant.PostAsync($"/api/funding/applications/{applicationId}/submit", null, Cancellation);
            Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync(Cancellation));
        });
    }
}
