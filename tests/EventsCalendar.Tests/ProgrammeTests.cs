using System.Net.Http.Json;
using System.Net;
using EventsCalendar.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace EventsCalendar.Tests;

public sealed class ProgrammeTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private const string Cergy = "95127";
    private const string CergyPontoise = "249500109";

    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(EventPublished));
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        await admin.PutAsJsonAsync("/editions/2026", new
        {
            name = "Festival des Solidarités 2026",
            startsOn = "2026-11-13",
            endsOn = "2026-11-29",
            nationalTheme = "Les droits humains",
        }, Cancellation);
    }

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    private Task<Guid> AnnounceAgglomerationAsync(string name = "CA de Cergy-Pontoise") =>
        factory.AnnounceActorAsync(_broker, name, Cergy, epciCode: CergyPontoise, regionCode: "11");

    private static object ProgrammeOf(Guid coordinatingActorId, string territory = "epci:" + CergyPontoise, string startsOn = "2026-11-13",
        string endsOn = "2026-11-29", string[]? coordinators = null) => new
    {
        editionYear = 2026,
        territory,
        name = "Festival des Solidarités de Cergy-Pontoise",
        coordinatingActorId,
        localTheme = "Migrations et hospitalité",
        startsOn,
        endsOn,
        requiresModeration = true,
        coordinators = coordinators ?? ["coordination-cergy@example.org"],
    };

    [Fact]
    public async Task A_coordinator_of_the_territory_declares_its_programme_and_only_coordinators_see_who_moderates()
    {
        var agglomeration = await AnnounceAgglomerationAsync();
        var coordinator = factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["epci:" + CergyPontoise]));

        var created = await coordinator.PostAsJsonAsync("/programmes", ProgrammeOf(agglomeration), Cancellation);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var programme = (await created.ReadJsonAsync<ProgrammeResponse>())!;
        Assert.Equal(("epci:" + CergyPontoise, true, new DateOnly(2026, 11, 13)), (programme.Territory, programme.RequiresModeration, programme.StartsOn));
        var publicView = await factory.CreateClient().GetJsonAsync<ProgrammeResponse>($"/programmes/{programme.Id}");
        Assert.Null(publicView!.Coordinators);
        var listed = await factory.CreateClient().GetJsonAsync<Page<ProgrammeResponse>>("/editions/2026/programmes");
        Assert.Contains(listed!.Items, item => item.Id == programme.Id && item.Coordinators is null);
        var moderator = factory.CreateClient(TestTokens.Create(SsiRoles.Member, subject: "coordination-cergy@example.org"));
        Assert.Equal(["coordination-cergy@example.org"], (await moderator.GetJsonAsync<ProgrammeResponse>($"/programmes/{programme.Id}"))!.Coordinators);
    }

    [Fact]
    public async Task A_territory_s_programme_is_read_by_its_territory_as_anyone_may()
    {
        var agglomeration = await AnnounceAgglomerationAsync();
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        var created = await admin.PostAsJsonAsync("/programmes", ProgrammeOf(agglomeration, "region:11"), Cancellation);
        var programme = (await created.ReadJsonAsync<ProgrammeResponse>())!;
        var visitor = factory.CreateClient();

        var found = await visitor.GetAsync("/editions/2026/programmes/region:11", Cancellation);

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var read = (await found.ReadJsonAsync<ProgrammeResponse>())!;
        Assert.Equal((programme.Id, "region:11"), (read.Id, read.Territory));
        Assert.Null(read.Coordinators);
        var revalidated = new HttpRequestMessage(HttpMethod.Get, "/editions/2026/programmes/region:11");
        revalidated.Headers.IfNoneMatch.Add(found.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.SendAsync(revalidated, Cancellation)).StatusCode);
        Assert.Equal(["coordination-cergy@example.org"], (await admin.GetJsonAsync<ProgrammeResponse>("/editions/2026/programmes/region:11"))!.Coordinators);
    }

    [Theory]
    [InlineData("/editions/2026/programmes/region:84", HttpStatusCode.NotFound, "No programme is declared for region:84 in the 2026 edition.")]
    [InlineData("/editions/2031/programmes/region:11", HttpStatusCode.NotFound, "No edition is declared for 2031.")]
    [InlineData("/editions/2026/programmes/canton:9501", HttpStatusCode.BadRequest, "'canton:9501' is not a territory")]
    [InlineData("/editions/2026/programmes/department:6%0A4", HttpStatusCode.BadRequest, "Control characters")]
    public async Task A_territory_without_programme_or_malformed_is_a_problem(string url, HttpStatusCode status, string detail)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task A_territory_has_one_programme_per_edition()
    {
        var agglomeration = await AnnounceAgglomerationAsync();
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        var territory = "commune:" + Cergy;

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => admin.PostAsJsonAsync("/programmes", ProgrammeOf(agglomeration, territory), Cancellation)));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.Created), response => Assert.Equal(HttpStatusCode.Conflict, response.StatusCode));
    }

    [Theory]
    [InlineData("region:75")]
    [InlineData("department:64")]
    public async Task A_coordinator_of_another_territory_may_not_declare_it(string claimedTerritory)
    {
        var agglomeration = await AnnounceAgglomerationAsync();
        var stranger = factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: [claimedTerritory]));

        var response = await stranger.PostAsJsonAsync("/programmes", ProgrammeOf(agglomeration, "department:95"), Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_member_of_the_coordinating_actor_declares_its_programme()
    {
        var agglomeration = await AnnounceAgglomerationAsync();
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [agglomeration]));

        var response = await member.PostAsJsonAsync("/programmes", ProgrammeOf(agglomeration, "department:95", "2026-11-06", "2026-11-29"), Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_or_outside_references_are_422_problems()
    {
        var agglomeration = await AnnounceAgglomerationAsync();
        var billere = await factory.AnnounceActorAsync(_broker);
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        var unknownActor = await admin.PostAsJsonAsync("/programmes", ProgrammeOf(Guid.NewGuid()), Cancellation);
        var outside = await admin.PostAsJsonAsync("/programmes", ProgrammeOf(billere, "department:95"), Cancellation);
        var noEdition = await admin.PostAsJsonAsync("/programmes", new { editionYear = 2031, territory = "department:95", name = "Programme du Val-d'Oise", coordinatingActorId = agglomeration, startsOn = "2031-11-13", endsOn = "2031-11-29" }, Cancellation);

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity],
            new[] { unknownActor.StatusCode, outside.StatusCode, noEdition.StatusCode });
        Assert.Contains("outside department:95", (await outside.ReadJsonAsync<ProblemDetails>())!.Detail);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/editions/2031/programmes", Cancellation)).StatusCode);
    }

    [Theory]
    [InlineData("canton:9501", "2026-11-13", "2026-11-29", "territory")]
    [InlineData("department:95", "2026-11-29", "2026-11-13", "startsOn")]
    [InlineData("department:95", "2026-10-01", "2026-11-20", "startsOn")]
    [InlineData("department:95", "2026-12-01", "2026-12-10", "startsOn")]
    public async Task Malformed_programmes_are_400_problems_naming_the_field(string territory, string startsOn, string endsOn, string field)
    {
        var agglomeration = await AnnounceAgglomerationAsync();
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        var response = await admin.PostAsJsonAsync("/programmes", ProgrammeOf(agglomeration, territory, startsOn, endsOn), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
    }

    [Fact]
    public async Task Blank_coordinators_are_refused()
    {
        var agglomeration = await AnnounceAgglomerationAsync();
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        var response = await admin.PostAsJsonAsync("/programmes", ProgrammeOf(agglomeration, coordinators: ["  "]), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
