using System.Net;
using System.Net.Http.Json;
using Communications.Domain.Subscriptions;
using Communications.Endpoints;
using Microsoft.EntityFrameworkCore;
using Ssi.Testing;

namespace Communications.Tests;

public sealed class SubscriptionTests(CommunicationsFactory factory) : IClassFixture<CommunicationsFactory>, IDisposable
{
    private readonly MailInbox _inbox = MailInbox.ConnectAsync().GetAwaiter().GetResult();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public async Task A_citizen_subscribes_to_Billere_news_and_confirms_from_the_email_received_by_the_SMTP_server()
    {
        await TestDirectory.AddActorAsync(factory, "Mairie de Billère", "commune", "64129");
        var email = TestDirectory.Address("citoyenne");
        var client = factory.CreateClient();

        var consent = await client.GetJsonAsync<ConsentResponse>("/subscriptions/consent?topic=territory:commune:64129");
        Assert.Equal("Mairie de Billère", consent.Label);
        var response = await client.PostAsJsonAsync("/subscriptions",
            new { email = email.ToUpperInvariant(), topic = "territory:commune:64129", source = "site de la ville, page programme" }, Cancellation);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var mail = Assert.Single(await _inbox.WaitForAsync(email));
        Assert.Equal("Confirmez votre inscription : Mairie de Billère", mail.Subject);
        var textLink = ConfirmationLink.In(mail).OriginalString;
        Assert.Contains(textLink.Replace("&", "&amp;", StringComparison.Ordinal), mail.Html, StringComparison.Ordinal);
        var headers = await _inbox.HeadersAsync(mail);
        Assert.Empty(headers["list-unsubscribe"]);

        var path = new Uri(textLink).PathAndQuery;
        var page = await client.GetAsync(path, Cancellation);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("Confirmer mon inscription", html, StringComparison.Ordinal);
        Assert.Equal(SubscriptionStatus.Pending, (await SubscriptionAsync(email)).Status);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(path, null, Cancellation)).StatusCode);
        var subscription = await SubscriptionAsync(email);
        Assert.Equal(SubscriptionStatus.Confirmed, subscription.Status);
        Assert.Equal(consent.ConsentText, subscription.ConsentText);
        Assert.Equal("site de la ville, page programme", subscription.ConsentSource);
        Assert.NotNull(subscription.ConfirmedAt);
        Assert.Null(subscription.ConfirmationTokenHash);

        var again = await client.PostAsync(path, null, Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_expired_link_confirms_nothing_and_asking_again_sends_a_new_one_that_replaces_it()
    {
        var email = TestDirectory.Address("retard");
        var client = factory.CreateClient();
        await client.PostAsJsonAsync("/subscriptions", new { email, topic = "territory:department:64" }, Cancellation);
        var first = ConfirmationLink.In(Assert.Single(await _inbox.WaitForAsync(email))).OriginalString;
        await factory.InScopeAsync(db => db.Subscriptions.Where(s => s.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmationExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))
                .SetProperty(x => x.RequestedAt, DateTimeOffset.UtcNow.AddMinutes(-5)), Cancellation));

        var expired = new HttpRequestMessage(HttpMethod.Post, new Uri(first).PathAndQuery);
        expired.Headers.Accept.ParseAdd("text/html");
        var answer = await client.SendAsync(expired, Cancellation);
        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
        Assert.Contains("Ce lien a expiré", WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync(Cancellation)), StringComparison.Ordinal);

        await client.PostAsJsonAsync("/subscriptions", new { email, topic = "territory:department:64" }, Cancellation);
        var mails = await _inbox.WaitForAsync(email, 2);
        var second = ConfirmationLink.In(mails[1]).OriginalString;
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync(new Uri(first).PathAndQuery, null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri(second).PathAndQuery, null, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Asking_again_tells_nothing_about_the_address_and_sends_no_second_email_right_away()
    {
        var email = TestDirectory.Address("insistant");
        var client = factory.CreateClient();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/subscriptions", new { email, topic = "territory:commune:64129" }, Cancellation));
        }

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode));
        Assert.Single((await Task.WhenAll(answers.Select(answer => answer.Content.ReadAsStringAsync(Cancellation)))).Distinct());
        await _inbox.WaitForAsync(email);
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        Assert.Single(await _inbox.ToAsync(email));
    }

    [Theory]
    [InlineData("pas-une-adresse", "territory:commune:64129", "email")]
    [InlineData("nom@example", "territory:commune:64129", "email")]
    [InlineData("a@example.org\r\nBcc: victime@example.org", "territory:commune:64129", "email")]
    [InlineData("a@example.org", "commune:64129", "topic")]
    [InlineData("a@example.org", "territory:planet:3", "topic")]
    [InlineData("a@example.org", "event:not-a-guid", "topic")]
    public async Task A_malformed_sign_up_is_refused_with_the_field_named_and_sends_nothing(string email, string topic, string field)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/subscriptions", new { email, topic }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains($"\"{field}\"", problem, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await factory.InScopeAsync(db => db.Subscriptions.CountAsync(s => s.Email == email, Cancellation)));
    }

    [Fact]
    public async Task An_event_never_published_cannot_be_subscribed_to()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/subscriptions",
            new { email = TestDirectory.Address("x"), topic = $"event:{Guid.NewGuid()}" }, Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Subscribers_are_listed_for_the_territory_coordinators_only()
    {
        var email = TestDirectory.Address("liste");
        await factory.CreateClient().PostAsJsonAsync("/subscriptions", new { email, topic = "territory:commune:64102" }, Cancellation);
        await _inbox.WaitForAsync(email);

        var anonymous = await factory.CreateClient().GetAsync("/subscriptions?topic=territory:commune:64102", Cancellation);
        var elsewhere = await factory.CreateClient(TestTokens.Create("coordinator", ["department:33"])).GetAsync("/subscriptions?topic=territory:commune:64102", Cancellation);
        var page = await factory.CreateClient(TestTokens.Create("coordinator", ["department:64"]))
            .GetJsonAsync<Ssi.ServiceDefaults.Http.Page<SubscriberResponse>>("/subscriptions?topic=territory:commune:64102");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        var subscriber = Assert.Single(page.Items, s => s.Email == email);
        Assert.Equal("pending", subscriber.Status);
        Assert.StartsWith("J'accepte de recevoir", subscriber.ConsentText, StringComparison.Ordinal);
    }

    private Task<Subscription> SubscriptionAsync(string email) =>
        factory.InScopeAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.Email == email.ToLowerInvariant(), Cancellation));
}
