using System.Net;
using System.Net.Http.Json;
using System.Text;
using FundingCalls.Endpoints;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace FundingCalls.Tests;

public sealed class ExportTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    [Fact]
    public async Task A_funder_exports_its_calls_applications_scores_and_decisions_for_excel()
    {
        var (call, applications) = await factory.ClosedCallAsync(_broker, 2);
        var staff = factory.FunderStaff(call.Funder.Id);
        var subject = Guid.NewGuid().ToString();
        var review = await (await staff.PostAsJsonAsync($"/applications/{applications[0].Id}/reviews",
            new { reviewerSubject = subject, reviewerName = "Dominique Exemple" }, Cancellation)).ReadJsonAsync<ReviewResponse>();
        var reviewer = factory.CreateClient(TestTokens.Create(SsiRoles.Reviewer, subject: subject));
        await reviewer.PostAsJsonAsync($"/reviews/{review.Id}/declaration", new { conflict = (string?)null }, Cancellation);
        await reviewer.PutAsJsonAsync($"/reviews/{review.Id}/scores", new
        {
            scores = new[] { new { criterion = "local-partnership", score = 4, comment = "=cmd|' /C calc'!A0" }, new { criterion = "public-reach", score = 3, comment = "Bien; très bien" } },
        }, Cancellation);
        var session = await factory.SessionAsync(call, applications.Select(a => a.Id));
        await staff.DecideAsync(session, applications[0].Id, "accepted", amountCents: 300_000L);
        await staff.DecideAsync(session, applications[1].Id, "refused", reason: "Hors champ.");

        var applicationLines = await CsvAsync(staff, $"/calls/{call.Id}/applications.csv");
        var scoreLines = await CsvAsync(staff, $"/calls/{call.Id}/scores.csv");
        var decisionLines = await CsvAsync(staff, $"/calls/{call.Id}/decisions.csv");

        Assert.Equal(3, applicationLines.Length);
        Assert.StartsWith("application_id;applicant;siret;rna;project", applicationLines[0]);
        Assert.Contains(";accepted;400000;600000;1;", applicationLines[1]);
        Assert.Equal(3, scoreLines.Length);
        Assert.Contains(";local-partnership;4;'=cmd|' /C calc'!A0;", scoreLines[1]);
        Assert.Contains(";\"Bien; très bien\";", scoreLines[2]);
        Assert.Equal(3, decisionLines.Length);
        Assert.StartsWith("2026-001;", decisionLines[1]);
        Assert.Contains(";refused;;Hors champ.;", decisionLines[2]);
        var stranger = factory.FunderStaff(await factory.AnnounceFunderAsync(_broker, "Ville de Fontenay-sous-Bois"));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/calls/{call.Id}/scores.csv", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/calls/{call.Id}/decisions.csv", Cancellation)).StatusCode);
    }

    private static async Task<string[]> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
