using System.Net;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace ActorDirectory.Tests.Actors;

public sealed class ActorEditingTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Admin => factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

    private HttpClient MemberOf(Guid actorId) => factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [actorId]));

    private HttpClient CoordinatorOf(params string[] territories) => factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: territories));

    [Fact]
    public async Task A_member_replaces_the_profile_with_If_Match_and_the_directory_announces_the_new_state()
    {
        await using var probe = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(ActorUpdated));
        var (actor, etag) = await Admin.RegisterOkAsync(ActorProfiles.Association("Collectif SSI de Billère"));
        var edited = ActorProfiles.Association("Collectif ouvert SSI de Billère") with
        {
            Description = "Une vingtaine de structures et de citoyens ; chacun peut rejoindre le collectif ou le quitter.",
            Themes = ["alimentation", "migrations"],
            ServedAreas = ["epci:200067254"],
            PublicPhone = "0536491021",
        };

        var response = await MemberOf(actor.Id).PutJsonAsync($"/actors/{actor.Id}", edited, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.ETag());
        var updated = await response.ReadJsonAsync<ActorResponse>();
        Assert.Equal(("Collectif ouvert SSI de Billère", "05 36 49 10 21"), (updated.Name, updated.PublicPhone));
        Assert.Equal(["alimentation", "migrations"], updated.Themes);
        Assert.True(updated.UpdatedAt > actor.UpdatedAt);

        var announced = await probe.WaitForAsync<ActorUpdated>(message => message.ActorId == actor.Id);
        Assert.Equal(("Collectif ouvert SSI de Billère", "association", "64129", "active"), (announced.Name, announced.Kind, announced.TerritoryCode, announced.Status));
        Assert.Equal(["epci:200067254"], announced.ServedAreas);
        Assert.Equal(updated.UpdatedAt, announced.OccurredAt);

        var stored = await factory.CreateClient().GetJsonAsync<ActorResponse>($"/actors/{actor.Id}");
        Assert.Equal(updated.Description, stored.Description);
    }

    [Fact]
    public async Task An_edit_without_If_Match_is_a_428_problem_and_changes_nothing()
    {
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Artisans du Monde Billère"));

        var response = await Admin.PutJsonAsync($"/actors/{actor.Id}", ActorProfiles.Association("Nouveau nom"), ifMatch: null);

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Contains("If-Match", (await response.ReadProblemAsync()).Detail);
        Assert.Equal("Artisans du Monde Billère", await NameOfAsync(actor.Id));
    }

    [Fact]
    public async Task If_Match_star_is_no_precondition_but_a_428_problem_that_changes_nothing()
    {
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Ritimo Béarn"));

        var response = await CoordinatorOf("64").PutJsonAsync($"/actors/{actor.Id}", ActorProfiles.Association("Nouveau nom"), ifMatch: "*");

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Contains("If-Match: * is not enough", (await response.ReadProblemAsync()).Detail);
        Assert.Equal("Ritimo Béarn", await NameOfAsync(actor.Id));
    }

    [Fact]
    public async Task An_edit_based_on_a_stale_version_is_a_412_problem_and_never_overwrites_the_newer_one()
    {
        var (actor, etag) = await Admin.RegisterOkAsync(ActorProfiles.Association("Peuples Solidaires Béarn"));
        var first = await MemberOf(actor.Id).PutJsonAsync($"/actors/{actor.Id}", ActorProfiles.Association("Peuples Solidaires 64"), etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await CoordinatorOf("64").PutJsonAsync($"/actors/{actor.Id}", ActorProfiles.Association("Peuples Solidaires Pau-Billère"), etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        await second.ReadProblemAsync();
        Assert.Equal("Peuples Solidaires 64", await NameOfAsync(actor.Id));

        var retried = await CoordinatorOf("64").PutJsonAsync($"/actors/{actor.Id}", ActorProfiles.Association("Peuples Solidaires Pau-Billère"), first.ETag());
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_of_another_department_can_neither_edit_nor_archive_the_actor_even_by_id()
    {
        var (actor, etag) = await Admin.RegisterOkAsync(ActorProfiles.Association("Collectif Pau Solidarités"));
        var fontenayCoordinator = CoordinatorOf("94", "region:11");

        var edit = await fontenayCoordinator.PutJsonAsync($"/actors/{actor.Id}", ActorProfiles.Association("Renommé"), etag);
        var archive = await fontenayCoordinator.PostAsync($"/actors/{actor.Id}/archive", null, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Contains("64129", (await edit.ReadProblemAsync()).Detail);
        Assert.Equal(HttpStatusCode.Forbidden, archive.StatusCode);
        Assert.Equal(("Collectif Pau Solidarités", ActorStatus.Active), await StateOfAsync(actor.Id));
    }

    [Fact]
    public async Task A_member_of_another_actor_cannot_edit_and_an_anonymous_caller_must_authenticate()
    {
        var (actor, etag) = await Admin.RegisterOkAsync(ActorProfiles.Association("Amnesty International Pau-Béarn"));

        var stranger = await MemberOf(Guid.CreateVersion7()).PutJsonAsync($"/actors/{actor.Id}", ActorProfiles.Association("Renommé"), etag);
        var anonymous = await factory.CreateClient().PutJsonAsync($"/actors/{actor.Id}", ActorProfiles.Association("Renommé"), etag);

        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_moves_an_actor_only_within_their_territories()
    {
        var (actor, etag) = await Admin.RegisterOkAsync(ActorProfiles.Association("Association Terre et Partage"));
        var moved = ActorProfiles.Association("Association Terre et Partage", territoryCode: "94033");

        var refused = await CoordinatorOf("64").PutJsonAsync($"/actors/{actor.Id}", moved, etag);
        var accepted = await CoordinatorOf("64", "94").PutJsonAsync($"/actors/{actor.Id}", moved, etag);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("94033", (await refused.ReadProblemAsync()).Detail);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var relocated = await accepted.ReadJsonAsync<ActorResponse>();
        Assert.Equal(("94033", "200054781", "94", "11"), (relocated.TerritoryCode, relocated.EpciCode, relocated.DepartmentCode, relocated.RegionCode));
    }

    [Fact]
    public async Task Taking_another_actors_SIREN_in_an_edit_is_a_409_pointing_at_it()
    {
        var (pau, _) = await Admin.RegisterOkAsync(new ActorProfileRequest("Ville de Pau", ActorKind.Commune, "64445", Siren: "216404459"));
        var (billere, etag) = await Admin.RegisterOkAsync(new ActorProfileRequest("Mairie de Billère", ActorKind.Commune, "64129", Siren: "216401299"));

        var response = await Admin.PutJsonAsync($"/actors/{billere.Id}", new ActorProfileRequest("Mairie de Billère", ActorKind.Commune, "64129", Siren: "216404459"), etag);
        var unchanged = await Admin.PutJsonAsync($"/actors/{billere.Id}", new ActorProfileRequest("Ville de Billère", ActorKind.Commune, "64129", Siren: "216401299"), etag);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(pau.Id.ToString(), (await response.ReadProblemAsync()).Extensions["existingActorId"]?.ToString());
        Assert.Equal(HttpStatusCode.OK, unchanged.StatusCode);
    }

    [Fact]
    public async Task Archiving_announces_it_keeps_the_actor_readable_and_freezes_its_profile()
    {
        await using var probe = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(ActorArchived));
        var (actor, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Comité de jumelage de Billère"));

        var archived = await MemberOf(actor.Id).PostAsync($"/actors/{actor.Id}/archive", null, Cancellation);

        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        var response = await archived.ReadJsonAsync<ActorResponse>();
        Assert.Equal(ActorStatus.Archived, response.Status);
        Assert.NotNull(response.ArchivedAt);
        var announced = await probe.WaitForAsync<ActorArchived>(message => message.ActorId == actor.Id);
        Assert.Equal(("Comité de jumelage de Billère", "64129", response.ArchivedAt!.Value), (announced.Name, announced.TerritoryCode, announced.OccurredAt));
        Assert.Equal(ActorStatus.Archived, (await factory.CreateClient().GetJsonAsync<ActorResponse>($"/actors/{actor.Id}")).Status);

        var again = await Admin.PostAsync($"/actors/{actor.Id}/archive", null, Cancellation);
        var edit = await Admin.PutJsonAsync($"/actors/{actor.Id}", ActorProfiles.Association("Renommé"), archived.ETag());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal(1, await factory.InScopeAsync(db => db.Database.SqlQuery<int>(
            $"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE message_type LIKE '%ActorArchived%' AND body::text LIKE {"%" + actor.Id + "%"}").SingleAsync(Cancellation)));
    }

    [Fact]
    public async Task Editing_or_archiving_an_unknown_actor_is_a_404_problem()
    {
        var unknown = Guid.CreateVersion7();

        var edit = await Admin.PutJsonAsync($"/actors/{unknown}", ActorProfiles.Association("Personne"), "W/\"1\"");
        var archive = await Admin.PostAsync($"/actors/{unknown}/archive", null, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, archive.StatusCode);
    }

    private Task<string> NameOfAsync(Guid id) =>
        factory.InScopeAsync(db => db.Actors.Where(actor => actor.Id == id).Select(actor => actor.Name).SingleAsync(Cancellation));

    private Task<(string, ActorStatus)> StateOfAsync(Guid id) => factory.InScopeAsync(async db =>
    {
        var actor = await db.Actors.AsNoTracking().SingleAsync(actor => actor.Id == id, Cancellation);
        return (actor.Name, actor.Status);
    });
}
