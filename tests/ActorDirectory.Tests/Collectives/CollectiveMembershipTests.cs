using System.Net;
using System.Net.Http.Json;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Collectives;
using ActorDirectory.Endpoints;
using ActorDirectory.Tests.Offers;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace ActorDirectory.Tests.Collectives;

public sealed class CollectiveMembershipTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Members_join_leave_and_join_again_with_the_dated_history_kept()
    {
        var (collective, coordinator) = await CreateBillereCollectiveAsync();
        var association = await factory.SeedActorAsync("Artisans du Monde Pau", ActorKind.Association, "64445");

        var first = await coordinator.JoinedAsync(collective, new { actorId = association, joinedOn = "2026-09-01" });
        Assert.Equal(HttpStatusCode.OK, (await coordinator.LeaveAsync(collective, first.Id, "2026-10-01")).StatusCode);
        var again = await coordinator.JoinedAsync(collective, new { actorId = association, joinedOn = "2026-10-15" });

        var read = await factory.CreateClient().GetJsonAsync<CollectiveResponse>($"/collectives/{collective}");
        var current = Assert.Single(read.Members);
        Assert.Equal((again.Id, association, "Artisans du Monde Pau", new DateOnly(2026, 10, 15), (DateOnly?)null), (current.Id, current.ActorId!.Value, current.ActorName!, current.JoinedOn, current.LeftOn));
        var past = Assert.Single(read.PastMembers);
        Assert.Equal((first.Id, new DateOnly(2026, 9, 1), (DateOnly?)new DateOnly(2026, 10, 1)), (past.Id, past.JoinedOn, past.LeftOn));
        Assert.NotEqual(first.Id, again.Id);
    }

    [Fact]
    public async Task An_actor_has_one_open_membership_and_dates_never_go_backwards()
    {
        var (collective, coordinator) = await CreateBillereCollectiveAsync();
        var association = await factory.SeedActorAsync("Amnesty International Pau", ActorKind.Association, "64445");
        var member = await coordinator.JoinedAsync(collective, new { actorId = association, joinedOn = "2026-09-01" });

        var twice = await coordinator.JoinAsync(collective, new { actorId = association, joinedOn = "2026-09-05" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains(member.Id.ToString(), (await twice.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>()).Detail);

        var leftBeforeJoining = await coordinator.LeaveAsync(collective, member.Id, "2026-08-31");
        Assert.Equal(HttpStatusCode.BadRequest, leftBeforeJoining.StatusCode);
        Assert.Contains("leftOn", (await leftBeforeJoining.ReadJsonAsync<HttpValidationProblemDetails>()).Errors.Keys);

        Assert.Equal(HttpStatusCode.OK, (await coordinator.LeaveAsync(collective, member.Id, "2026-10-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.LeaveAsync(collective, member.Id, "2026-10-02")).StatusCode);
        var backInTime = await coordinator.JoinAsync(collective, new { actorId = association, joinedOn = "2026-09-20" });
        Assert.Equal(HttpStatusCode.BadRequest, backInTime.StatusCode);
        Assert.Contains("joinedOn", (await backInTime.ReadJsonAsync<HttpValidationProblemDetails>()).Errors.Keys);
    }

    [Fact]
    public async Task Simultaneous_joins_of_one_actor_open_a_single_membership()
    {
        var (collective, coordinator) = await CreateBillereCollectiveAsync();
        var association = await factory.SeedActorAsync("Association Billère-Tanzanie", ActorKind.Association, "64129");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            coordinator.JoinAsync(collective, new { actorId = association, joinedOn = "2026-09-01" })));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, response => Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Single((await factory.CreateClient().GetJsonAsync<CollectiveResponse>($"/collectives/{collective}")).Members);
    }

    [Fact]
    public async Task Who_was_a_member_on_a_given_day()
    {
        var (collective, coordinator) = await CreateBillereCollectiveAsync();
        var leftEarly = await coordinator.JoinedAsync(collective, new { actorId = await factory.SeedActorAsync("École Lalanne", ActorKind.School, "64129"), joinedOn = "2026-09-01" });
        await coordinator.LeaveAsync(collective, leftEarly.Id, "2026-11-10");
        var stayed = await coordinator.JoinedAsync(collective, new { actorId = await factory.SeedActorAsync("Centre d'animation Lalanne", ActorKind.AnimationCentre, "64129"), joinedOn = "2026-11-01" });
        await coordinator.JoinedAsync(collective, new { actorId = await factory.SeedActorAsync("Médiathèque de Billère", ActorKind.Library, "64129"), joinedOn = "2026-11-16" });
        var citizen = await coordinator.JoinedAsync(collective, new { citizenName = "Camille Exemple", joinedOn = "2026-10-01" });

        Assert.Equal(Sorted(stayed.Id, citizen.Id), await MemberIdsOnAsync(collective, "2026-11-15"));
        Assert.Equal(Sorted(stayed.Id, citizen.Id), await MemberIdsOnAsync(collective, "2026-11-10"));
        Assert.Equal(Sorted(leftEarly.Id, stayed.Id, citizen.Id), await MemberIdsOnAsync(collective, "2026-11-09"));
        Assert.Equal(Sorted(leftEarly.Id), await MemberIdsOnAsync(collective, "2026-09-01"));
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().GetAsync($"/collectives/{collective}/members?on=15-11-2026", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Charter_signatures_and_roles_are_recorded_and_announced()
    {
        await using var probe = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(CollectiveMembershipChanged));
        var (collective, coordinator) = await CreateBillereCollectiveAsync();
        var association = await factory.SeedActorAsync("CCFD-Terre Solidaire Béarn", ActorKind.Association, "64445");
        var member = await coordinator.JoinedAsync(collective, new { actorId = association, joinedOn = "2026-09-01", roles = new[] { "pedagogical-interventions" } });

        var signed = await factory.MemberOf(association).PostAsJsonAsync($"/collectives/{collective}/members/{member.Id}/charter", new { signedOn = "2026-09-12" }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(new DateOnly(2026, 9, 12), (await signed.ReadJsonAsync<CollectiveMemberResponse>()).CharterSignedOn);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsJsonAsync($"/collectives/{collective}/members/{member.Id}/charter", new { signedOn = "2026-09-13" }, Cancellation)).StatusCode);

        var roles = await coordinator.PutAsJsonAsync($"/collectives/{collective}/members/{member.Id}/roles", new { roles = new[] { "volunteer-mobilisation", "speaker-search", "volunteer-mobilisation" } }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, roles.StatusCode);
        Assert.Equal([CollectiveRole.SpeakerSearch, CollectiveRole.VolunteerMobilisation], (await roles.ReadJsonAsync<CollectiveMemberResponse>()).Roles);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.MemberOf(association).PutAsJsonAsync($"/collectives/{collective}/members/{member.Id}/roles", new { roles = new[] { "coordination" } }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PutAsJsonAsync($"/collectives/{collective}/members/{member.Id}/roles", new { roles = new[] { "treasurer" } }, Cancellation)).StatusCode);
        await coordinator.LeaveAsync(collective, member.Id, "2026-12-01");

        var read = await factory.CreateClient().GetJsonAsync<CollectiveMemberResponse>($"/collectives/{collective}/members/{member.Id}");
        Assert.Equal((new DateOnly(2026, 9, 12), 2), (read.CharterSignedOn!.Value, read.Roles.Count));

        string[] changes = ["joined", "charter-signed", "roles-changed", "left"];
        foreach (var change in changes)
        {
            await probe.WaitForAsync<CollectiveMembershipChanged>(message => message.MemberId == member.Id && message.Change == change);
        }

        var announced = probe.Received<CollectiveMembershipChanged>().Where(message => message.MemberId == member.Id).ToList();
        Assert.All(announced, message => Assert.Equal((collective, association), (message.CollectiveId, message.ActorId!.Value)));
        Assert.Equal(["pedagogical-interventions"], announced.Single(message => message.Change == "joined").Roles);
        Assert.Equal(["speaker-search", "volunteer-mobilisation"], announced.Single(message => message.Change == "roles-changed").Roles);
    }

    [Fact]
    public async Task Citizens_names_stay_in_the_directory_and_only_managers_read_them()
    {
        await using var probe = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(CollectiveMembershipChanged));
        var (collective, coordinator) = await CreateBillereCollectiveAsync();

        var citizen = await coordinator.JoinedAsync(collective, new { citizenName = "Dominique Exemple", joinedOn = "2026-10-01" });
        Assert.Equal("Dominique Exemple", citizen.CitizenName);

        var announced = await probe.WaitForAsync<CollectiveMembershipChanged>(message => message.MemberId == citizen.Id);
        Assert.Null(announced.ActorId);
        Assert.False(await factory.InScopeAsync(db => db.Database
            .SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM outbox_messages WHERE body::text LIKE '%Dominique%') AS \"Value\"")
            .SingleAsync(Cancellation)));

        var anonymous = await factory.CreateClient().GetJsonAsync<CollectiveResponse>($"/collectives/{collective}");
        Assert.Null(Assert.Single(anonymous.Members).CitizenName);
        var managers = await coordinator.GetJsonAsync<CollectiveResponse>($"/collectives/{collective}");
        Assert.Equal("Dominique Exemple", Assert.Single(managers.Members).CitizenName);
    }

    [Fact]
    public async Task A_member_actor_joins_and_leaves_by_itself_but_not_for_others()
    {
        var (collective, _) = await CreateBillereCollectiveAsync();
        var association = await factory.SeedActorAsync("Secours populaire Billère", ActorKind.Association, "64129");
        var other = await factory.SeedActorAsync("Cinéma Le Méliès", ActorKind.Cinema, "64445");
        var itself = factory.MemberOf(association);

        var joined = await itself.JoinedAsync(collective, new { actorId = association, joinedOn = "2026-09-01" });
        Assert.Equal(HttpStatusCode.Forbidden, (await itself.JoinAsync(collective, new { actorId = other, joinedOn = "2026-09-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await itself.JoinAsync(collective, new { citizenName = "Alex Exemple", joinedOn = "2026-09-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.MemberOf(other).LeaveAsync(collective, joined.Id, "2026-10-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().JoinAsync(collective, new { actorId = association, joinedOn = "2026-09-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await itself.LeaveAsync(collective, joined.Id, "2026-10-01")).StatusCode);
    }

    [Theory]
    [InlineData("""{"joinedOn":"2026-09-01"}""")]
    [InlineData("""{"actorId":"01a207f6-68a0-76e1-80b7-34a95dff4f94","citizenName":"Alex Exemple","joinedOn":"2026-09-01"}""")]
    [InlineData("""{"citizenName":"Alex Exemple"}""")]
    [InlineData("""{"citizenName":"Alex Exemple","joinedOn":"2026-09-01","roles":["treasurer"]}""")]
    public async Task Bad_joins_get_a_400_problem(string body)
    {
        var (collective, coordinator) = await CreateBillereCollectiveAsync();

        var response = await coordinator.PostAsync($"/collectives/{collective}/members", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Archived_or_unknown_actors_cannot_join()
    {
        var (collective, _) = await CreateBillereCollectiveAsync();
        var closed = await factory.SeedActorAsync("Ancien comité de jumelage", ActorKind.Association, "64129");
        await factory.ArchiveActorAsync(closed);
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.JoinAsync(collective, new { actorId = closed, joinedOn = "2026-09-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.JoinAsync(collective, new { actorId = Guid.NewGuid(), joinedOn = "2026-09-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.JoinAsync(Guid.NewGuid(), new { citizenName = "Alex Exemple", joinedOn = "2026-09-01" })).StatusCode);
    }

    private async Task<(Guid Collective, HttpClient Coordinator)> CreateBillereCollectiveAsync()
    {
        var mairie = await factory.SeedActorAsync("Mairie de Billère", ActorKind.Commune, "64129");
        var collective = await factory.CreateCollectiveAsync(mairie);
        return (collective.Id, factory.MemberOf(mairie));
    }

    private async Task<List<Guid>> MemberIdsOnAsync(Guid collective, string day) =>
        (await factory.CreateClient().GetJsonAsync<Page<CollectiveMemberResponse>>($"/collectives/{collective}/members?on={day}")).Items.Select(member => member.Id).ToList();

    private static List<Guid> Sorted(params Guid[] ids) => ids.Order().ToList();
}
