using System.Net;
using System.Net.Http.Json;
using FundingCalls.Endpoints;
using Microsoft.AspNetCore.Http;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace FundingCalls.Tests;

public sealed class ReviewTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    private static object Scores(int partnership, int reach, int budget) => new
    {
        scores = new[]
        {
            new { criterion = "local-partnership", score = partnership, comment = (string?)"Partenaires nombreux." },
            new { criterion = "public-reach", score = reach, comment = (string?)null },
            new { criterion = "budget-quality", score = budget, comment = (string?)null },
        },
        comment = "Projet solide.",
    };

    private async Task<(CallResponse Call, ApplicationResponse Application)> SubmittedAsync(string applicantName = "Association Lille Solidarités Sud")
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var call = await factory.OpenCallAsync(funderId);
        return (call, await SubmitToAsync(call, applicantName));
    }

    private async Task<ApplicationResponse> SubmitToAsync(CallResponse call, string applicantName)
    {
        var applicantId = await factory.AnnounceActorAsync(_broker, applicantName);
        var eventId = await factory.AnnounceEventAsync(_broker, applicantId);
        var draft = await factory.DraftAsync(call.Id, applicantId, FundingFixture.Application(applicantId, [eventId]));
        Assert.Equal(HttpStatusCode.OK, (await factory.SubmitAsync(draft)).StatusCode);
        return draft;
    }

    private async Task<(ReviewResponse Review, HttpClient Reviewer)> AssignAsync(CallResponse call, ApplicationResponse application, IEnumerable<Guid>? actors = null)
    {
        var subject = Guid.NewGuid().ToString();
        var assigned = await factory.FunderStaff(call.Funder.Id).PostAsJsonAsync($"/applications/{application.Id}/reviews",
            new { reviewerSubject = subject, reviewerName = "Dominique Exemple" }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        return (await assigned.ReadJsonAsync<ReviewResponse>(), factory.CreateClient(TestTokens.Create(SsiRoles.Reviewer, actors: actors, subject: subject)));
    }

    [Fact]
    public async Task A_reviewer_sees_the_file_only_after_declaring_no_interest_then_scores_it()
    {
        var (call, application) = await SubmittedAsync();
        var (review, reviewer) = await AssignAsync(call, application);

        var assignment = Assert.Single(await reviewer.GetJsonAsync<List<AssignmentResponse>>("/reviews"));
        Assert.Equal(("Association Lille Solidarités Sud", "assigned"), (assignment.Applicant.Name, assignment.Status));
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/reviews/{review.Id}/application", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await reviewer.PutAsJsonAsync($"/reviews/{review.Id}/scores", Scores(5, 4, 3), Cancellation)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsJsonAsync($"/reviews/{review.Id}/declaration", new { conflict = (string?)null }, Cancellation)).StatusCode);
        Assert.Equal(application.Id, (await reviewer.GetJsonAsync<ApplicationResponse>($"/reviews/{review.Id}/application")).Id);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.PutAsJsonAsync($"/reviews/{review.Id}/scores", Scores(5, 4, 3), Cancellation)).StatusCode);
        var submitted = await reviewer.PostAsync($"/reviews/{review.Id}/submit", null, Cancellation);

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        // (40 × 5 + 35 × 4 + 25 × 3) / 5 = 83
        Assert.Equal(83m, (await submitted.ReadJsonAsync<ReviewResponse>()).WeightedScore);
        Assert.Equal(HttpStatusCode.Conflict, (await reviewer.PutAsJsonAsync($"/reviews/{review.Id}/scores", Scores(1, 1, 1), Cancellation)).StatusCode);
        Assert.Equal("under-review", (await factory.FunderStaff(call.Funder.Id).GetJsonAsync<ApplicationResponse>($"/applications/{application.Id}")).Status);
    }

    [Fact]
    public async Task A_reviewer_acting_for_the_applicant_is_recused_whatever_they_declare_and_never_counts()
    {
        var (call, application) = await SubmittedAsync();
        var (review, reviewer) = await AssignAsync(call, application, actors: [application.Applicant.Id]);

        var declared = await reviewer.PostAsJsonAsync($"/reviews/{review.Id}/declaration", new { conflict = (string?)null }, Cancellation);

        var recused = await declared.ReadJsonAsync<ReviewResponse>();
        Assert.Equal("recused", recused.Status);
        Assert.Contains("you act for Association Lille Solidarités Sud", recused.RecusalReason);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync($"/reviews/{review.Id}/application", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await reviewer.PostAsync($"/reviews/{review.Id}/submit", null, Cancellation)).StatusCode);
        var ranked = Assert.Single(await factory.FunderStaff(call.Funder.Id).GetJsonAsync<List<RankedApplication>>($"/calls/{call.Id}/ranking"));
        Assert.Equal((null, 0, 0), (ranked.Score, ranked.CountedReviews, ranked.PendingReviews));
    }

    [Fact]
    public async Task A_reviewer_from_a_fellow_member_of_the_applicants_collective_is_recused()
    {
        var (call, application) = await SubmittedAsync();
        var fellowId = await factory.AnnounceActorAsync(_broker, "Comité de jumelage de Lille");
        var collectiveId = Guid.CreateVersion7();
        foreach (var actorId in new[] { application.Applicant.Id, fellowId })
        {
            await _broker.Bus.Publish(new CollectiveMembershipChanged(collectiveId, Guid.CreateVersion7(), actorId, "joined", [], DateTimeOffset.UtcNow), Cancellation);
        }

        await Eventually.Async(async () => Assert.Equal(2, await factory.InScopeAsync(db => Task.FromResult(db.CollectiveMemberships.Count(m => m.CollectiveId == collectiveId)))));
        var (review, reviewer) = await AssignAsync(call, application, actors: [fellowId]);

        var recused = await (await reviewer.PostAsJsonAsync($"/reviews/{review.Id}/declaration", new { conflict = (string?)null }, Cancellation)).ReadJsonAsync<ReviewResponse>();

        Assert.Equal("recused", recused.Status);
        Assert.Contains("Comité de jumelage de Lille", recused.RecusalReason);
    }

    [Fact]
    public async Task A_declared_interest_recuses_and_the_ranking_counts_only_submitted_reviews()
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var call = await factory.OpenCallAsync(funderId);
        var strong = await SubmitToAsync(call, "Association Lille Solidarités Sud");
        var weak = await SubmitToAsync(call, "Maison des solidarités de Roubaix");
        foreach (var (application, marks) in new[] { (strong, Scores(5, 5, 4)), (weak, Scores(2, 3, 2)) })
        {
            var (review, reviewer) = await AssignAsync(call, application);
            await reviewer.PostAsJsonAsync($"/reviews/{review.Id}/declaration", new { conflict = (string?)null }, Cancellation);
            await reviewer.PutAsJsonAsync($"/reviews/{review.Id}/scores", marks, Cancellation);
            Assert.Equal(HttpStatusCode.OK, (await reviewer.PostAsync($"/reviews/{review.Id}/submit", null, Cancellation)).StatusCode);
        }

        var (declaring, declarer) = await AssignAsync(call, weak);
        var declared = await declarer.PostAsJsonAsync($"/reviews/{declaring.Id}/declaration", new { conflict = "Je siège au bureau de cette maison." }, Cancellation);
        Assert.Equal("recused", (await declared.ReadJsonAsync<ReviewResponse>()).Status);
        var (_, unfinished) = await AssignAsync(call, weak);

        var ranking = await factory.FunderStaff(funderId).GetJsonAsync<List<RankedApplication>>($"/calls/{call.Id}/ranking");

        Assert.Equal([(1, strong.Id, 95m, 1), (2, weak.Id, 47m, 1)], ranking.Select(r => (r.Rank, r.ApplicationId, r.Score!.Value, r.CountedReviews)));
        Assert.Equal(1, ranking[1].PendingReviews);
        Assert.Empty(await factory.CreateClient(TestTokens.Create(SsiRoles.Reviewer)).GetJsonAsync<List<AssignmentResponse>>("/reviews"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.FunderStaff(Guid.CreateVersion7()).GetAsync($"/calls/{call.Id}/ranking", Cancellation)).StatusCode);
    }

    [Theory]
    [InlineData(6, "public-reach")]
    [InlineData(-1, "public-reach")]
    [InlineData(3, "impact")]
    public async Task Scores_out_of_range_or_for_unknown_criteria_are_400s_that_change_nothing(int score, string criterion)
    {
        var (call, application) = await SubmittedAsync();
        var (review, reviewer) = await AssignAsync(call, application);
        await reviewer.PostAsJsonAsync($"/reviews/{review.Id}/declaration", new { conflict = (string?)null }, Cancellation);

        var response = await reviewer.PutAsJsonAsync($"/reviews/{review.Id}/scores", new { scores = new[] { new { criterion, score } } }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadJsonAsync<HttpValidationProblemDetails>()).Errors);
        var reviews = await factory.FunderStaff(call.Funder.Id).GetJsonAsync<List<ReviewResponse>>($"/applications/{application.Id}/reviews");
        Assert.Empty(Assert.Single(reviews).Scores);
        Assert.Equal(HttpStatusCode.Conflict, (await reviewer.PostAsync($"/reviews/{review.Id}/submit", null, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Reviewers_see_only_their_own_reviews()
    {
        var (call, application) = await SubmittedAsync();
        var (review, _) = await AssignAsync(call, application);
        var stranger = factory.CreateClient(TestTokens.Create(SsiRoles.Reviewer));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/reviews/{review.Id}/declaration", new { conflict = (string?)null }, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/reviews/{review.Id}/application", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/applications/{application.Id}/reviews", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.MemberOf(application.Applicant.Id).GetAsync("/reviews", Cancellation)).StatusCode);
    }
}
