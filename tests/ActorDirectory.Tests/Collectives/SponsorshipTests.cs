using System.Net;
using System.Net.Http.Json;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints;
using ActorDirectory.Tests.Offers;
using Microsoft.AspNetCore.Http;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace ActorDirectory.Tests.Collectives;

public sealed class SponsorshipTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_experienced_association_mentors_a_newcomer_once_per_edition()
    {
        var mentor = await factory.SeedActorAsync("Lianes Coopération", ActorKind.RegionalNetwork, "59350");
        var otherMentor = await factory.SeedActorAsync("Ville de Lille", ActorKind.Commune, "59350");
        var newcomer = await factory.SeedActorAsync("Association Lille-Sénégal", ActorKind.Association, "59350");

        var started = await StartAsync(factory.MemberOf(mentor), mentor, newcomer, 2026, notes: "Premier festival : accompagnement pour la programmation.");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var sponsorship = await started.ReadJsonAsync<SponsorshipResponse>();
        Assert.Equal(("Lianes Coopération", "Association Lille-Sénégal", 2026, new DateOnly(2026, 6, 1)), (sponsorship.MentorName, sponsorship.MenteeName, sponsorship.Edition, sponsorship.StartedOn));
        Assert.EndsWith($"/sponsorships/{sponsorship.Id}", started.Headers.Location?.ToString());

        var second = await StartAsync(factory.MemberOf(otherMentor), otherMentor, newcomer, 2026);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains(sponsorship.Id.ToString(), (await second.ReadJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>()).Detail);
        Assert.Equal(HttpStatusCode.Created, (await StartAsync(factory.MemberOf(otherMentor), otherMentor, newcomer, 2027)).StatusCode);

        var ofTheNewcomerIn2026 = await factory.CreateClient().GetJsonAsync<Page<SponsorshipResponse>>($"/sponsorships?edition=2026&actor={newcomer}");
        Assert.Equal([sponsorship.Id], ofTheNewcomerIn2026.Items.Select(item => item.Id));
        Assert.Equal(2, (await factory.CreateClient().GetJsonAsync<Page<SponsorshipResponse>>($"/sponsorships?actor={newcomer}")).Items.Count);
    }

    [Fact]
    public async Task A_sponsorship_ends_once_and_not_before_it_started()
    {
        var mentor = await factory.SeedActorAsync("RESACOOP", ActorKind.RegionalNetwork, "95127");
        var newcomer = await factory.SeedActorAsync("Association Cergy-Mali", ActorKind.Association, "95127");
        var client = factory.MemberOf(mentor);
        var sponsorship = await (await StartAsync(client, mentor, newcomer, 2026)).ReadJsonAsync<SponsorshipResponse>();
        var end = $"/sponsorships/{sponsorship.Id}/end";

        var tooEarly = await client.PostAsJsonAsync(end, new { endedOn = "2026-05-31" }, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);
        Assert.Contains("endedOn", (await tooEarly.ReadJsonAsync<HttpValidationProblemDetails>()).Errors.Keys);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.MemberOf(newcomer).PostAsJsonAsync(end, new { endedOn = "2026-12-01" }, Cancellation)).StatusCode);

        var ended = await client.PostAsJsonAsync(end, new { endedOn = "2026-12-01" }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal(new DateOnly(2026, 12, 1), (await factory.CreateClient().GetJsonAsync<SponsorshipResponse>($"/sponsorships/{sponsorship.Id}")).EndedOn);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync(end, new { endedOn = "2026-12-02" }, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Sponsorships_are_between_two_different_active_actors_arranged_by_the_mentor()
    {
        var mentor = await factory.SeedActorAsync("Maison des associations de Fontenay", ActorKind.ResourceCentre, "94033");
        var newcomer = await factory.SeedActorAsync("Association Fontenay-Haïti", ActorKind.Association, "94033");
        var closed = await factory.SeedActorAsync("Ancienne association de Fontenay", ActorKind.Association, "94033");
        await factory.ArchiveActorAsync(closed);
        var admin = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        var self = await StartAsync(admin, mentor, mentor, 2026);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains((await self.ReadJsonAsync<HttpValidationProblemDetails>()).Errors.Keys, key => key.Equals("MenteeActorId", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await StartAsync(admin, mentor, closed, 2026)).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await StartAsync(admin, Guid.NewGuid(), newcomer, 2026)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StartAsync(admin, mentor, newcomer, 1999)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StartAsync(factory.MemberOf(newcomer), mentor, newcomer, 2026)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StartAsync(factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["64"])), mentor, newcomer, 2026)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await StartAsync(factory.CreateClient(), mentor, newcomer, 2026)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await StartAsync(factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["94"])), mentor, newcomer, 2026)).StatusCode);
    }

    private static Task<HttpResponseMessage> StartAsync(HttpClient client, Guid mentorActorId, Guid menteeActorId, int edition, string? notes = null) =>
        client.PostAsJsonAsync("/sponsorships", new { mentorActorId, menteeActorId, edition, startedOn = "2026-06-01", notes }, Cancellation);
}
