using System.Net;
using System.Net.Http.Json;
using EventsCalendar.Endpoints;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>A programme of a territory includes every published event inside it, during its period.</summary>
public sealed class ProgrammeEventsTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(EventPublished));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    private async Task<Guid> PublishAsync(string communeCode, string? epciCode, string title, string day = "2026-11-18")
    {
        var organiserId = await factory.AnnounceActorAsync(_broker, name: $"Association de {title}", territoryCode: communeCode, epciCode: epciCode);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var request = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(communeCode), title);
        request["slots"] = new[] { new { startsAt = $"{day}T18:00", endsAt = $"{day}T21:00" } };
        var created = (await (await member.PostAsJsonAsync("/events", request, Cancellation)).ReadJsonAsync<EventResponse>())!;
        Assert.Equal(HttpStatusCode.OK, (await member.PostAsync($"/events/{created.Id}/submit", null, Cancellation)).StatusCode);
        return created.Id;
    }

    [Fact]
    public async Task An_EPCIs_programme_holds_its_member_communes_events_and_a_departments_holds_all_of_them()
    {
        var billere = await PublishAsync("64129", "200067254", "Discosoupe");
        var lescar = await PublishAsync("64335", "200067254", "Ciné-débat");
        var bayonne = await PublishAsync("64102", "200067106", "Forum");
        var afterTheWeek = await PublishAsync("64445", "200067254", "Concert de clôture", "2026-12-05");
        var pau = await factory.AnnounceActorAsync(_broker, name: "Communauté d'agglomération Pau Béarn Pyrénées", territoryCode: "64445");
        var agglomeration = await factory.DeclareProgrammeAsync(pau, "epci:200067254", requiresModeration: false);
        var department = await factory.DeclareProgrammeAsync(pau, "department:64", requiresModeration: false);

        var epciEvents = await factory.CreateClient().GetJsonAsync<Page<EventResponse>>($"/programmes/{agglomeration.Id}/events");
        var departmentEvents = await factory.CreateClient().GetJsonAsync<Page<EventResponse>>($"/programmes/{department.Id}/events");
        var lescarOnly = await factory.CreateClient().GetJsonAsync<Page<EventResponse>>($"/programmes/{department.Id}/events?territory=64335");

        var inEpci = epciEvents!.Items.Select(e => e.Id).ToList();
        var inDepartment = departmentEvents!.Items.Select(e => e.Id).ToList();
        Assert.Equal((true, true, false, false), (inEpci.Contains(billere), inEpci.Contains(lescar), inEpci.Contains(bayonne), inEpci.Contains(afterTheWeek)));
        Assert.Equal((true, true, true, false), (inDepartment.Contains(billere), inDepartment.Contains(lescar), inDepartment.Contains(bayonne), inDepartment.Contains(afterTheWeek)));
        Assert.Equal([lescar], lescarOnly!.Items.Select(e => e.Id));
    }

    [Theory]
    [InlineData("/events?kind=rave")]
    [InlineData("/events?audience=martians")]
    [InlineData("/events?accessibility=teleport")]
    [InlineData("/events?territory=planet:3")]
    [InlineData("/events?cursor=bm9wZQ")]
    [InlineData("/events?limit=0")]
    public async Task A_malformed_filter_is_a_400_problem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Filters_select_by_kind_audience_theme_organiser_and_day()
    {
        var organiserId = await factory.AnnounceActorAsync(_broker, name: "CCFD-Terre Solidaire Béarn", territoryCode: "64445");
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var request = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync("64445"), "Exposition des élèves");
        request["kind"] = "exhibition";
        request["audiences"] = new[] { "schools" };
        request["themes"] = new[] { "Souveraineté alimentaire" };
        request["accessibility"] = new[] { "wheelchair" };
        request["slots"] = new[] { new { startsAt = "2026-11-16T09:00", endsAt = "2026-11-16T17:00" } };
        var created = (await (await member.PostAsJsonAsync("/events", request, Cancellation)).ReadJsonAsync<EventResponse>())!;
        await member.PostAsync($"/events/{created.Id}/submit", null, Cancellation);

        async Task<bool> Finds(string query) =>
            (await factory.CreateClient().GetJsonAsync<Page<EventResponse>>($"/events?{query}"))!.Items.Any(e => e.Id == created.Id);

        Assert.True(await Finds("kind=exhibition&audience=schools&theme=souveraineté%20alimentaire&accessibility=wheelchair"));
        Assert.True(await Finds($"organiser={organiserId}&from=2026-11-16T00:00:00%2B01:00&to=2026-11-16T23:59:00%2B01:00"));
        Assert.False(await Finds("kind=concert"));
        Assert.False(await Finds("audience=families"));
        Assert.False(await Finds("from=2026-11-17T00:00:00%2B01:00"));
        Assert.False(await Finds("accessibility=visual"));
    }

    [Fact]
    public async Task Free_text_finds_events_by_their_words_accents_and_typos_forgiven()
    {
        var organiserId = await factory.AnnounceActorAsync(_broker, name: "Épicerie sociale de Billère", territoryCode: "64129");
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var request = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync("64129"), "Discosoupe géante à l'épicerie");
        request["themes"] = new[] { "Gaspillage alimentaire" };
        var created = (await (await member.PostAsJsonAsync("/events", request, Cancellation)).ReadJsonAsync<EventResponse>())!;
        await member.PostAsync($"/events/{created.Id}/submit", null, Cancellation);

        async Task<bool> Finds(string q) =>
            (await factory.CreateClient().GetJsonAsync<Page<EventResponse>>($"/events?q={Uri.EscapeDataString(q)}"))!.Items.Any(e => e.Id == created.Id);

        Assert.True(await Finds("discosoupe"));
        Assert.True(await Finds("DISCOSOUPE GEANTE"));
        Assert.True(await Finds("discosoup epicerie"));
        Assert.True(await Finds("gaspilage"));
        Assert.True(await Finds("repas partagé"));
        Assert.False(await Finds("discosoupe concert"));
        Assert.False(await Finds("exposition"));
    }
}
