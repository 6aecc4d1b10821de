using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net;
using EventsCalendar.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace EventsCalendar.Tests;

public sealed class EditionTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Admin => factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

    private static object Festival(int year, string? theme = "Les droits humains") =>
        Festival(year, $"{year}-11-13", $"{year}-11-29", theme);

    private static object Festival(int year, string startsOn, string endsOn, string? theme = "Les droits humains") => new
    {
        name = $"Festival des Solidarités {year}",
        startsOn,
        endsOn,
        nationalTheme = theme,
    };

    [Fact]
    public async Task An_admin_declares_an_edition_that_anyone_reads()
    {
        var declared = await Admin.PutAsJsonAsync("/editions/2026", Festival(2026), Cancellation);

        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        Assert.NotNull(declared.Headers.ETag);
        var edition = await factory.CreateClient().GetJsonAsync<EditionResponse>("/editions/2026");
        Assert.Equal(new EditionResponse(2026, "Festival des Solidarités 2026", new DateOnly(2026, 11, 13), new DateOnly(2026, 11, 29), "Les droits humains"), edition);
        var all = await factory.CreateClient().GetJsonAsync<List<EditionResponse>>("/editions");
        Assert.Contains(edition, all!);
    }

    [Fact]
    public async Task A_correction_needs_the_etag_of_the_version_read()
    {
        var declared = await Admin.PutAsJsonAsync("/editions/2025", Festival(2025), Cancellation);
        var etag = declared.Headers.ETag!;

        var blind = await Admin.PutAsJsonAsync("/editions/2025", Festival(2025, theme: "L'accès à l'eau"), Cancellation);
        var corrected = await PutIfMatchAsync(2025, Festival(2025, theme: "L'accès à l'eau"), etag);
        var stale = await PutIfMatchAsync(2025, Festival(2025, theme: "La paix"), etag);

        Assert.Equal(HttpStatusCode.PreconditionRequired, blind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        Assert.Equal("L'accès à l'eau", (await factory.CreateClient().GetJsonAsync<EditionResponse>("/editions/2025"))!.NationalTheme);
    }

    [Fact]
    public async Task Only_admins_declare_editions()
    {
        var coordinator = factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["region:11"]));

        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PutAsJsonAsync("/editions/2024", Festival(2024), Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PutAsJsonAsync("/editions/2024", Festival(2024), Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/editions/2024", Cancellation)).StatusCode);
    }

    [Theory]
    [InlineData(2023, "2021-11-13", "2021-11-29", "startsOn")]
    [InlineData(1990, "1990-11-13", "1990-11-29", "year")]
    [InlineData(2022, "2022-11-29", "2022-11-13", "startsOn")]
    [InlineData(2022, "2022-11-01", "2022-12-15", "startsOn")]
    public async Task Impossible_dates_are_a_400_problem_naming_the_field(int year, string startsOn, string endsOn, string field)
    {
        var response = await Admin.PutAsJsonAsync($"/editions/{year}", Festival(year, startsOn, endsOn), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<ValidationProblemDetails>();
        Assert.Contains(field, problem!.Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/editions/{year}", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Two_admins_declaring_the_same_edition_at_once_get_one_creation_and_a_conflict()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Admin.PutAsJsonAsync("/editions/2019", Festival(2019), Cancellation)));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.Created),
            response => Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.PreconditionRequired }));
    }

    private Task<HttpResponseMessage> PutIfMatchAsync(int year, object body, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/editions/{year}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(etag);
        return Admin.SendAsync(request, Cancellation);
    }
}
