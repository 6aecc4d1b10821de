using System.Net;
using System.Net.Http.Json;
using EventsCalendar.Domain.Events;
using EventsCalendar.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>Complementarity, not overlap: a submission shows what competes with it, and a double-booked venue waits for a coordinator.</summary>
public sealed class ComplementarityTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(EventSubmitted));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    private async Task<(Guid Id, SubmissionResponse Submission, HttpClient Member)> SubmitAsync(
        string communeCode, string title, string venueName, string kind = "shared-meal", string[]? audiences = null, string[]? themes = null,
        string startsAt = "2026-11-18T18:00", string endsAt = "2026-11-18T22:00")
    {
        var organiserId = await factory.AnnounceActorAsync(_broker, name: $"Organisateur de {title}", territoryCode: communeCode, epciCode: null);
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [organiserId]));
        var request = OrganiserFixture.EventFor(organiserId, await factory.VenueAsync(communeCode, venueName), title);
        request["kind"] = kind;
        request["audiences"] = audiences ?? ["general-public"];
        request["themes"] = themes ?? [];
        request["slots"] = new[] { new { startsAt, endsAt } };
        var created = (await (await member.PostAsJsonAsync("/events", request, Cancellation)).ReadJsonAsync<EventResponse>())!;
        var submitted = await member.PostAsync($"/events/{created.Id}/submit", null, Cancellation);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        return (created.Id, (await submitted.ReadJsonAsync<SubmissionResponse>())!, member);
    }

    [Fact]
    public async Task A_submission_lists_the_events_of_its_commune_competing_for_the_same_audience_at_the_same_time()
    {
        var (meal, _, _) = await SubmitAsync("91228", "Repas partagé du monde", "Maison de quartier des Pyramides");
        var (schoolsOnly, _, _) = await SubmitAsync("91228", "Repas à la cantine", "École Jean-Jaurès", audiences: ["schools"]);
        var (otherTheme, _, _) = await SubmitAsync("91228", "Concert", "Théâtre de l'Agora", kind: "concert");
        var (sameTheme, _, _) = await SubmitAsync("91228", "Atelier cuisine", "Médiathèque", kind: "workshop", themes: ["Alimentation durable"]);
        var (_, earlier, _) = await SubmitAsync("91228", "Repas du matin", "Salle Claude-Nougaro", startsAt: "2026-11-18T08:00", endsAt: "2026-11-18T10:00");

        var (_, submission, _) = await SubmitAsync("91228", "Banquet solidaire", "Salle des fêtes", themes: ["alimentation durable"]);

        Assert.Equal(ModerationState.Published, submission.Event.Moderation);
        Assert.Equal(new[] { meal, sameTheme }.Order(), submission.Overlaps.Competing.Select(e => e.Id).Order());
        Assert.DoesNotContain(submission.Overlaps.Competing, e => e.Id == schoolsOnly || e.Id == otherTheme);
        Assert.Empty(submission.Overlaps.VenueConflicts);
        Assert.Empty(earlier.Overlaps.Competing);
    }

    [Fact]
    public async Task A_venue_booked_at_the_same_time_holds_the_event_until_a_coordinator_accepts_it_with_a_note()
    {
        var (first, _, _) = await SubmitAsync("80021", "Conférence sur le travail des enfants", "Maison de la culture", kind: "conference");
        var (second, submission, member) = await SubmitAsync("80021", "Théâtre-forum", "Maison de la culture", kind: "theatre",
            startsAt: "2026-11-18T21:00", endsAt: "2026-11-18T23:00");

        Assert.Equal(ModerationState.Submitted, submission.Event.Moderation);
        Assert.Equal(first, Assert.Single(submission.Overlaps.VenueConflicts).Id);
        await _broker.WaitForAsync<EventSubmitted>(message => message.EventId == second && message.VenueConflicts == 1 && message.ProgrammeId == null);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync($"/events/{second}/publish", null, Cancellation)).StatusCode);

        var coordinator = factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["department:80"]));
        var withoutNote = await coordinator.PostAsync($"/events/{second}/publish", null, Cancellation);
        Assert.Equal(HttpStatusCode.Conflict, withoutNote.StatusCode);
        Assert.Contains("Conférence sur le travail des enfants", (await withoutNote.ReadJsonAsync<ProblemDetails>())!.Detail);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/events/{second}/overlaps", Cancellation)).StatusCode);

        var accepted = await coordinator.PostAsJsonAsync($"/events/{second}/publish",
            new { conflictNote = "La conférence libère la grande salle à 21 h ; le théâtre-forum joue dans la petite." }, Cancellation);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var published = (await accepted.ReadJsonAsync<EventResponse>())!;
        Assert.Equal((ModerationState.Published, "La conférence libère la grande salle à 21 h ; le théâtre-forum joue dans la petite."),
            (published.Moderation, published.ModerationNote));
    }

    [Fact]
    public async Task A_cancelled_event_no_longer_books_its_venue()
    {
        var (first, _, organiser) = await SubmitAsync("73065", "Forum des associations", "Le Phare", kind: "forum");
        await organiser.PostAsJsonAsync($"/events/{first}/cancel", new { reason = "Forum reporté." }, Cancellation);

        var (_, submission, _) = await SubmitAsync("73065", "Concert solidaire", "Le Phare", kind: "concert");

        Assert.Equal(ModerationState.Published, submission.Event.Moderation);
        Assert.Empty(submission.Overlaps.VenueConflicts);
    }
}
