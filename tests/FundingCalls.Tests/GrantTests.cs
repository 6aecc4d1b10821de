using System.Net;
using System.Net.Http.Json;
using System.Text;
using FundingCalls.Endpoints;
using Microsoft.AspNetCore.Http;
using Ssi.Contracts.FundingCalls;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace FundingCalls.Tests;

public sealed class GrantTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri,
        typeof(PaymentDue), typeof(ReportDue), typeof(ReportSubmitted));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    /// <returns>A grant of <paramref name="amountCents"/> awarded by a committee, and its funder's staff.</returns>
    private async Task<(GrantResponse Grant, HttpClient Staff, CallResponse Call)> AwardedAsync(long amountCents = 400_000L, Action<Dictionary<string, object?>>? terms = null)
    {
        var (call, applications) = await factory.ClosedCallAsync(_broker, 1, terms, requestedCents: amountCents);
        var session = await factory.SessionAsync(call, [applications[0].Id]);
        var staff = factory.FunderStaff(call.Funder.Id);
        Assert.Equal(HttpStatusCode.OK, (await staff.DecideAsync(session, applications[0].Id, "accepted", amountCents: amountCents)).StatusCode);
        var listed = await factory.CreateClient().GetJsonAsync<Page<PublicGrantResponse>>($"/grants?callId={call.Id}");
        return (await staff.GetJsonAsync<GrantResponse>($"/grants/{Assert.Single(listed.Items).Id}"), staff, call);
    }

    [Fact]
    public async Task Anyone_reads_the_grants_awarded_as_open_data()
    {
        var (grant, _, call) = await AwardedAsync();

        var listed = Assert.Single((await factory.CreateClient().GetJsonAsync<Page<PublicGrantResponse>>($"/grants?edition=2026&funderId={call.Funder.Id}")).Items);
        Assert.Equal((grant.Id, 400_000L, "2026-001", "Association solidaire n° 1"), (listed.Id, listed.AmountCents, listed.DeliberationNumber, listed.Beneficiary.Name));
        var csv = await factory.CreateClient().GetAsync($"/grants/export.csv?callId={call.Id}", Cancellation);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Cancellation)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(";400000;2026-001;", lines[1]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/grants/{grant.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.MemberOf(Guid.CreateVersion7()).GetAsync($"/grants/{grant.Id}", Cancellation)).StatusCode);
        Assert.Equal(grant.Id, (await factory.MemberOf(grant.Beneficiary.Id).GetJsonAsync<GrantResponse>($"/grants/{grant.Id}")).Id);
    }

    [Fact]
    public async Task Above_23000_euros_no_payment_is_made_before_the_agreement_is_signed()
    {
        var (grant, staff, _) = await AwardedAsync(2_400_000L, terms =>
        {
            terms["maxGrantCents"] = 3_000_000L;
            terms["cofundingCapPercent"] = 100;
        });
        Assert.True(grant.RequiresAgreement);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));

        var unbalanced = await staff.PutAsJsonAsync($"/grants/{grant.Id}/payments",
            new { payments = new[] { new { kind = "advance", amountCents = 1_000_000L, dueOn = yesterday } } }, Cancellation);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unbalanced.StatusCode);
        var scheduled = await staff.PutAsJsonAsync($"/grants/{grant.Id}/payments", new
        {
            payments = new object[]
            {
                new { kind = "advance", amountCents = 1_600_000L, dueOn = yesterday },
                new { kind = "balance", amountCents = 800_000L, dueOn = new DateOnly(2027, 4, 30) },
            },
        }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        var advance = (await scheduled.ReadJsonAsync<GrantResponse>()).Payments[0];
        Assert.Equal(("advance", 1_600_000L), (advance.Kind, advance.AmountCents));
        Assert.Equal(advance.Id, (await _broker.WaitForAsync<PaymentDue>(message => message.GrantId == grant.Id)).PaymentId);

        Assert.Equal(HttpStatusCode.NotFound,
            (await staff.PostAsJsonAsync($"/grants/{grant.Id}/payments/{Guid.CreateVersion7()}/paid", new { paidOn = yesterday }, Cancellation)).StatusCode);
        var tooSoon = await staff.PostAsJsonAsync($"/grants/{grant.Id}/payments/{advance.Id}/paid", new { paidOn = yesterday }, Cancellation);
        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        Assert.Contains("agreement", await tooSoon.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/grants/{grant.Id}/agreement",
            new { reference = "CONV-2026-0042", signedOn = yesterday }, Cancellation)).StatusCode);
        var paid = await staff.PostAsJsonAsync($"/grants/{grant.Id}/payments/{advance.Id}/paid", new { paidOn = yesterday }, Cancellation);
        Assert.Equal(yesterday, (await paid.ReadJsonAsync<GrantResponse>()).Payments[0].PaidOn);
        Assert.Equal(HttpStatusCode.Conflict, (await staff.PutAsJsonAsync($"/grants/{grant.Id}/payments",
            new { payments = new[] { new { kind = "balance", amountCents = 2_400_000L, dueOn = yesterday } } }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.MemberOf(grant.Beneficiary.Id).PutAsJsonAsync($"/grants/{grant.Id}/agreement",
            new { reference = "CONV-X", signedOn = yesterday }, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task The_final_report_sets_actuals_against_the_forecast_and_justifies_the_big_gaps()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1));
        var (grant, staff, _) = await AwardedAsync(terms: terms => terms["reportDueOn"] = tomorrow.ToString("O"));
        Assert.False((await _broker.WaitForAsync<ReportDue>(message => message.GrantId == grant.Id)).Overdue);
        var beneficiary = factory.MemberOf(grant.Beneficiary.Id);
        object Report(string? justification) => new
        {
            charges = new[]
            {
                new { account = "606", label = "Achats alimentaires", actualCents = 140_000L, justification = (string?)null },
                new { account = "6226", label = "Intervenants", actualCents = 450_000L, justification },
                new { account = "623", label = "Communication", actualCents = 150_000L, justification = (string?)null },
            },
            income = new[]
            {
                new { account = "74", label = "Subventions", actualCents = 550_000L, justification = (string?)null },
                new { account = "756", label = "Cotisations", actualCents = 45_000L, justification = (string?)null },
            },
            participants = 340,
            narrative = "La disco soupe a réuni 340 habitants et trois écoles de Lille-Sud.",
        };

        Assert.Equal("due", Assert.Single(await staff.GetJsonAsync<List<GrantResponse>>($"/calls/{grant.CallId}/grants")).ReportStatus);
        var unjustified = await beneficiary.PostAsJsonAsync($"/grants/{grant.Id}/report", Report(null), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, unjustified.StatusCode);
        var errors = (await unjustified.ReadJsonAsync<HttpValidationProblemDetails>()).Errors;
        Assert.Contains("50", Assert.Single(errors, error => error.Key == "charges.6226").Value[0]);
        Assert.Single(errors);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/grants/{grant.Id}/report", Report("x"), Cancellation)).StatusCode);

        var filed = await beneficiary.PostAsJsonAsync($"/grants/{grant.Id}/report", Report("Un intervenant de plus pour les écoles."), Cancellation);

        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var report = (await filed.ReadJsonAsync<GrantResponse>()).Report!;
        var speakers = Assert.Single(report.Charges, line => line.Account == "6226");
        Assert.Equal((300_000L, 450_000L, 150_000L, 50.0m), (speakers.ForecastCents, speakers.ActualCents, speakers.GapCents, speakers.GapPercent));
        var submitted = await _broker.WaitForAsync<ReportSubmitted>(message => message.GrantId == grant.Id);
        Assert.Equal((740_000L, 600_000L, 340), (submitted.ActualChargesCents, submitted.ForecastChargesCents, submitted.Participants));
        Assert.Equal(HttpStatusCode.Conflict, (await beneficiary.PostAsJsonAsync($"/grants/{grant.Id}/report", Report("Encore."), Cancellation)).StatusCode);
        Assert.Equal("filed", Assert.Single(await staff.GetJsonAsync<List<GrantResponse>>($"/calls/{grant.CallId}/grants")).ReportStatus);
        Assert.Equal(HttpStatusCode.NotFound, (await beneficiary.GetAsync($"/calls/{grant.CallId}/grants", Cancellation)).StatusCode);
    }

    [Theory]
    [InlineData("\"participants\":340", "\"participants\":-3")]
    [InlineData("\"actualCents\":140000", "\"actualCents\":1400.5")]
    [InlineData("\"account\":\"606\"", "\"account\":\"706\"")]
    [InlineData("\"account\":\"756\"", "\"account\":\"606\"")]
    public async Task A_malformed_report_is_a_400_and_files_nothing(string valid, string invalid)
    {
        var (grant, _, _) = await AwardedAsync();
        var body = """
            {"charges":[{"account":"606","label":"Achats","actualCents":140000}],
             "income":[{"account":"756","label":"Cotisations","actualCents":50000}],
             "participants":340,"narrative":"La disco soupe a réuni 340 habitants de Lille-Sud."}
            """.Replace("\n", "").Replace(valid, invalid);

        var response = await factory.MemberOf(grant.Beneficiary.Id).PostAsync($"/grants/{grant.Id}/report",
            new StringContent(body, Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await factory.MemberOf(grant.Beneficiary.Id).GetJsonAsync<GrantResponse>($"/grants/{grant.Id}")).Report);
    }
}
