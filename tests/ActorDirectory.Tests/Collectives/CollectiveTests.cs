using System.Net;
using System.Net.Http.Json;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints;
using ActorDirectory.Tests.Offers;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace ActorDirectory.Tests.Collectives;

public sealed class CollectiveTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_coordinators_members_create_a_collective_found_by_commune_and_edition()
    {
        var mairie = await factory.SeedActorAsync("Mairie de Billère", ActorKind.Commune, "64129");

        var response = await factory.MemberOf(mairie).PostAsJsonAsync("/collectives", CollectiveRequests.Collective(mairie), Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.ReadJsonAsync<CollectiveSummary>();
        Assert.EndsWith($"/collectives/{created.Id}", response.Headers.Location?.ToString());
        var read = await factory.CreateClient().GetJsonAsync<CollectiveResponse>($"/collectives/{created.Id}");
        Assert.Equal(("Collectif SSI de Billère", mairie, "Mairie de Billère", "64129", "Billère", 2026), (read.Name, read.CoordinatorActorId, read.CoordinatorName, read.CommuneCode, read.CommuneName, read.Edition));
        Assert.Empty(read.Members);

        Assert.Contains(created.Id, (await ListAsync("/collectives?commune=64129&edition=2026")).Select(collective => collective.Id));
        Assert.DoesNotContain(created.Id, await IdsAsync("/collectives?commune=64129&edition=2025"));
        Assert.DoesNotContain(created.Id, await IdsAsync("/collectives?commune=64445"));
    }

    [Fact]
    public async Task Creating_checks_who_asks_the_coordinator_the_commune_and_the_edition()
    {
        var mairie = await factory.SeedActorAsync("Mairie de Pau", ActorKind.Commune, "64445");
        var closed = await factory.SeedActorAsync("Ancien comité des fêtes", ActorKind.Association, "64445");
        await factory.ArchiveActorAsync(closed);
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(factory.MemberOf(closed), CollectiveRequests.Collective(mairie, "64445")));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["59"])), CollectiveRequests.Collective(mairie, "64445")));
        Assert.Equal(HttpStatusCode.Created, await StatusAsync(factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["64"])), CollectiveRequests.Collective(mairie, "64445")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await StatusAsync(admin, CollectiveRequests.Collective(closed, "64445")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await StatusAsync(admin, CollectiveRequests.Collective(Guid.NewGuid(), "64445")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await StatusAsync(admin, CollectiveRequests.Collective(mairie, "64999")));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(admin, CollectiveRequests.Collective(mairie, "6444")));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(admin, CollectiveRequests.Collective(mairie, "64445", edition: 1999)));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(admin, CollectiveRequests.Collective(mairie, "64445", edition: 2101)));
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().GetAsync("/collectives?edition=1999", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/collectives/{Guid.NewGuid()}", Cancellation)).StatusCode);
    }

    [Theory]
    [InlineData("region:75")]
    [InlineData("epci:200067254")]
    [InlineData("department:64")]
    [InlineData("64")]
    [InlineData("commune:64445")]
    public async Task Every_coordinator_whose_territory_contains_the_commune_runs_its_collective(string territory)
    {
        var mairie = await factory.SeedActorAsync("Mairie de Pau", ActorKind.Commune, "64445");
        var coordinator = factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: [territory]));

        var created = await coordinator.PostAsJsonAsync("/collectives", CollectiveRequests.Collective(mairie, "64445"), Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var collective = await created.ReadJsonAsync<CollectiveSummary>();
        var joined = await coordinator.JoinAsync(collective.Id, new { citizenName = "Camille Exemple", joinedOn = "2026-09-01" });

        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
    }

    [Theory]
    [InlineData("region:11")]
    [InlineData("epci:200067106")]
    [InlineData("75")]
    [InlineData("commune:64129")]
    public async Task A_coordinator_of_another_territory_may_not(string territory) =>
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(
            factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: [territory])),
            CollectiveRequests.Collective(await factory.SeedActorAsync("Mairie de Pau", ActorKind.Commune, "64445"), "64445")));

    [Fact]
    public async Task A_working_group_is_led_by_a_current_member_and_gathers_current_members()
    {
        var mairie = await factory.SeedActorAsync("Mairie de Billère", ActorKind.Commune, "64129");
        var collective = (await factory.CreateCollectiveAsync(mairie)).Id;
        var coordinator = factory.MemberOf(mairie);
        var lead = await factory.SeedActorAsync("Réseau RADSI Nouvelle-Aquitaine", ActorKind.RegionalNetwork, "64445");
        var school = await factory.SeedActorAsync("Collège Jean Monnet", ActorKind.School, "64129");
        var former = await factory.SeedActorAsync("Association Pau-Burkina", ActorKind.Association, "64445");
        var outsider = await factory.SeedActorAsync("Ville de Lille", ActorKind.Commune, "59350");
        await coordinator.JoinedAsync(collective, new { actorId = lead, joinedOn = "2026-09-01" });
        var schoolMembership = await coordinator.JoinedAsync(collective, new { actorId = school, joinedOn = "2026-09-01" });
        var formerMembership = await coordinator.JoinedAsync(collective, new { actorId = former, joinedOn = "2026-09-01" });
        await coordinator.LeaveAsync(collective, formerMembership.Id, "2026-10-01");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await CreateGroupAsync(coordinator, collective, outsider)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await CreateGroupAsync(coordinator, collective, former)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CreateGroupAsync(factory.MemberOf(lead), collective, lead)).StatusCode);
        var created = await CreateGroupAsync(coordinator, collective, lead);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var group = await created.ReadJsonAsync<WorkingGroupResponse>();
        Assert.Equal(("Animations scolaires", lead), (group.Name, group.LeadActorId));
        Assert.Equal([lead], group.MemberActorIds);

        var members = $"/collectives/{collective}/working-groups/{group.Id}/members";
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await coordinator.PutAsync($"{members}/{outsider}", null, Cancellation)).StatusCode);
        var added = await coordinator.PutAsync($"{members}/{school}", null, Cancellation);
        Assert.Equal([lead, school], (await added.ReadJsonAsync<WorkingGroupResponse>()).MemberActorIds);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.DeleteAsync($"{members}/{lead}", Cancellation)).StatusCode);

        await coordinator.LeaveAsync(collective, schoolMembership.Id, "2026-11-30");
        var read = await factory.CreateClient().GetJsonAsync<CollectiveResponse>($"/collectives/{collective}");
        Assert.Equal([lead], Assert.Single(read.WorkingGroups).MemberActorIds);
        Assert.Equal([group.Id], (await factory.CreateClient().GetJsonAsync<Page<WorkingGroupResponse>>($"/collectives/{collective}/working-groups")).Items.Select(g => g.Id));
    }

    private static Task<HttpResponseMessage> CreateGroupAsync(HttpClient client, Guid collective, Guid leadActorId) =>
        client.PostAsJsonAsync($"/collectives/{collective}/working-groups", new { name = "Animations scolaires", purpose = "Interventions dans les écoles de Billère.", leadActorId }, Cancellation);

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, object request) =>
        (await client.PostAsJsonAsync("/collectives", request, Cancellation)).StatusCode;

    private async Task<IReadOnlyList<CollectiveSummary>> ListAsync(string url) =>
        (await factory.CreateClient().GetJsonAsync<Page<CollectiveSummary>>(url)).Items;

    private async Task<List<Guid>> IdsAsync(string url) => (await ListAsync(url)).Select(collective => collective.Id).ToList();
}
