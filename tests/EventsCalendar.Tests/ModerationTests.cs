using System.Net;
using System.Net.Http.Json;
using EventsCalendar.Domain.Events;
using EventsCalendar.Endpoints;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>A moderated programme: its coordinators publish or refuse what organisers submit, and re-moderate edits of published events.</summary>
public sealed class ModerationTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri,
        typeof(EventSubmitted), typeof(EventPublished), typeof(EventRefused), typeof(EventUpdated), typeof(EventCancelled));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    private HttpClient Moderator => factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, subject: ProgrammeFixture.Moderator));

    /// <summary>An organiser of <paramref name="communeCode"/>, a moderated programme there, and a draft submitted to it.</summary>
    private async Task<(Guid OrganiserId, HttpClient Member, EventResponse Draft, ProgrammeResponse Programme)> DraftInProgrammeAsync(
        string communeCode, string epciCode, bool requiresModeration = true)
    {
        var organiserId = await factory.AnnounceActorAsync(_broker, territoryCode: communeCode, epciCode: epciCode);
        var programme = await factory.DeclareProgrammeAsync(organiserId, $"commune:{communeCode}", requiresModeration);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var request = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(communeCode));
        request["programmeId"] = programme.Id;
        var created = await member.PostAsJsonAsync("/events", request, Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (organiserId, member, (await created.ReadJsonAsync<EventResponse>())!, programme);
    }

    [Fact]
    public async Task A_submitted_event_waits_for_the_programmes_coordinator_who_publishes_it()
    {
        var (_, member, draft, programme) = await DraftInProgrammeAsync("64129", "200067254");

        var submitted = await member.PostAsync($"/events/{draft.Id}/submit", null, Cancellation);

        Assert.Equal(ModerationState.Submitted, (await submitted.ReadJsonAsync<SubmissionResponse>())!.Event.Moderation);
        await _broker.WaitForAsync<EventSubmitted>(message => message.EventId == draft.Id && message.ProgrammeId == programme.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/events/{draft.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/events/{draft.Id}/publish", null, Cancellation)).StatusCode);
        var strangerCoordinator = factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["64"], subject: "someone-else@example.org"));
        Assert.Equal(HttpStatusCode.Forbidden, (await strangerCoordinator.PostAsync($"/events/{draft.Id}/publish", null, Cancellation)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Moderator.GetAsync($"/events/{draft.Id}", Cancellation)).StatusCode);
        var published = await Moderator.PostAsync($"/events/{draft.Id}/publish", null, Cancellation);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var announced = await _broker.WaitForAsync<EventPublished>(message => message.EventId == draft.Id);
        Assert.Equal((programme.Id, "shared-meal", "64"), (announced.Details!.ProgrammeId, announced.Details.Kind, announced.Details.DepartmentCode));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/events/{draft.Id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Moderator.PostAsync($"/events/{draft.Id}/publish", null, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task A_refused_event_tells_its_organiser_why_and_can_be_submitted_again()
    {
        var (_, member, draft, _) = await DraftInProgrammeAsync("64445", "200067254");
        Assert.Equal(HttpStatusCode.Conflict, (await Moderator.PostAsJsonAsync($"/events/{draft.Id}/refuse", new { reason = "Pas encore soumis." }, Cancellation)).StatusCode);
        await member.PostAsync($"/events/{draft.Id}/submit", null, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, (await Moderator.PostAsJsonAsync($"/events/{draft.Id}/refuse", new { reason = "" }, Cancellation)).StatusCode);
        var refused = await Moderator.PostAsJsonAsync($"/events/{draft.Id}/refuse",
            new { reason = "Le même repas est déjà prévu le 18 à Pau : pouvez-vous le fusionner ?" }, Cancellation);

        var view = (await refused.ReadJsonAsync<EventResponse>())!;
        Assert.Equal((ModerationState.Refused, "Le même repas est déjà prévu le 18 à Pau : pouvez-vous le fusionner ?"), (view.Moderation, view.RefusalReason));
        await _broker.WaitForAsync<EventRefused>(message => message.EventId == draft.Id && message.Reason.StartsWith("Le même repas", StringComparison.Ordinal));
        var again = await member.PostAsync($"/events/{draft.Id}/submit", null, Cancellation);
        var resubmitted = (await again.ReadJsonAsync<SubmissionResponse>())!.Event;
        Assert.Equal((ModerationState.Submitted, null), (resubmitted.Moderation, resubmitted.RefusalReason));
    }

    [Fact]
    public async Task An_edit_of_a_published_event_waits_as_a_pending_revision_until_a_coordinator_approves_it()
    {
        var (organiserId, member, draft, _) = await DraftInProgrammeAsync("64335", "200067254");
        await member.PostAsync($"/events/{draft.Id}/submit", null, Cancellation);
        await Moderator.PostAsync($"/events/{draft.Id}/publish", null, Cancellation);
        var read = await member.GetAsync($"/events/{draft.Id}", Cancellation);
        var edit = OrganiserFixture.EventFor(organiserId, draft.Venue!.Id, "Discosoupe et bal folk");
        edit["programmeId"] = draft.ProgrammeId;

        var proposed = await member.SendAsync(ConditionalRequests.PutIfMatch($"/events/{draft.Id}", edit, read.Headers.ETag!.ToString()), Cancellation);

        Assert.Equal(HttpStatusCode.Accepted, proposed.StatusCode);
        var revision = (await proposed.ReadJsonAsync<RevisionResponse>())!;
        Assert.Equal((RevisionState.Pending, "Discosoupe et bal folk"), (revision.State, revision.Content.Title));
        Assert.Equal("Discosoupe solidaire", (await factory.CreateClient().GetJsonAsync<EventResponse>($"/events/{draft.Id}"))!.Title);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/events/{draft.Id}/revisions/{revision.Number}/approve", new { }, Cancellation)).StatusCode);

        var approved = await Moderator.PostAsJsonAsync($"/events/{draft.Id}/revisions/{revision.Number}/approve", new { note = "Merci !" }, Cancellation);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Discosoupe et bal folk", (await factory.CreateClient().GetJsonAsync<EventResponse>($"/events/{draft.Id}"))!.Title);
        var updated = await _broker.WaitForAsync<EventUpdated>(message => message.EventId == draft.Id);
        Assert.Equal(1, updated.Details.Sequence);
        var history = (await member.GetJsonAsync<List<RevisionResponse>>($"/events/{draft.Id}/revisions"))!;
        Assert.Equal([(2, RevisionState.Applied, "Merci !"), (1, RevisionState.Applied, null)], history.Select(r => (r.Number, r.State, r.Note)));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [Guid.NewGuid()]))
            .GetAsync($"/events/{draft.Id}/revisions", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Moderator.PostAsJsonAsync($"/events/{draft.Id}/revisions/{revision.Number}/reject", new { }, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Without_moderation_an_edit_of_a_published_event_applies_at_once_and_a_cancelled_event_stays_listed()
    {
        var (organiserId, member, draft, _) = await DraftInProgrammeAsync("95127", "249500109", requiresModeration: false);
        var published = await member.PostAsync($"/events/{draft.Id}/submit", null, Cancellation);
        Assert.Equal(ModerationState.Published, (await published.ReadJsonAsync<SubmissionResponse>())!.Event.Moderation);

        var cancelled = await member.PostAsJsonAsync($"/events/{draft.Id}/cancel", new { reason = "La salle est inondée ; le repas est reporté au printemps." }, Cancellation);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var view = (await factory.CreateClient().GetJsonAsync<EventResponse>($"/events/{draft.Id}"))!;
        Assert.Equal((EventStatus.Cancelled, "La salle est inondée ; le repas est reporté au printemps.", 1), (view.Status, view.CancellationReason, view.Sequence));
        var listed = await factory.CreateClient().GetJsonAsync<Page<EventResponse>>("/events?territory=commune:95127");
        Assert.Contains(listed!.Items, e => e.Id == draft.Id && e.Status == EventStatus.Cancelled);
        await _broker.WaitForAsync<EventCancelled>(message => message.EventId == draft.Id && message.Reason.Contains("inondée", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Conflict, (await member.PostAsJsonAsync($"/events/{draft.Id}/cancel", new { reason = "Encore." }, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task No_write_of_an_event_is_open_to_a_member_of_another_actor()
    {
        var (organiserId, member, draft, _) = await DraftInProgrammeAsync("95203", "200058485", requiresModeration: false);
        await member.PostAsync($"/events/{draft.Id}/submit", null, Cancellation);
        var stranger = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [Guid.NewGuid()], subject: "stranger@example.org"));
        var etag = (await stranger.GetAsync($"/events/{draft.Id}", Cancellation)).Headers.ETag!.ToString();
        var body = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync("95203"), "Détourné");

        var answers = new[]
        {
            await stranger.SendAsync(ConditionalRequests.PutIfMatch($"/events/{draft.Id}", body, etag), Cancellation),
            await stranger.PostAsync($"/events/{draft.Id}/submit", null, Cancellation),
            await stranger.PostAsync($"/events/{draft.Id}/publish", null, Cancellation),
            await stranger.PostAsJsonAsync($"/events/{draft.Id}/refuse", new { reason = "Parce que." }, Cancellation),
            await stranger.PostAsJsonAsync($"/events/{draft.Id}/cancel", new { reason = "Parce que." }, Cancellation),
            await stranger.PostAsJsonAsync($"/events/{draft.Id}/revisions/1/approve", new { }, Cancellation),
            await stranger.PostAsJsonAsync($"/events/{draft.Id}/revisions/1/reject", new { }, Cancellation),
            await stranger.PutAsJsonAsync("/events/external/agenda-eaubonne/42", body, Cancellation),
        };

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode));
        var unchanged = (await factory.CreateClient().GetJsonAsync<EventResponse>($"/events/{draft.Id}"))!;
        Assert.Equal(("Discosoupe solidaire", EventStatus.Scheduled, 1), (unchanged.Title, unchanged.Status, unchanged.Revision));
    }
}
