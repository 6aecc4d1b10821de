using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Ssi.Testing;
using static Communications.Tests.CampaignRequests;

namespace Communications.Tests;

/// <summary>What an attacker or a careless client sends gets a precise 4xx and sends nothing.</summary>
public sealed class HostileInputTests(CommunicationsFactory factory) : IClassFixture<CommunicationsFactory>, IDisposable
{
    private static readonly object Sender = new { territory = "commune:64129" };
    private readonly MailInbox _inbox = MailInbox.ConnectAsync().GetAwaiter().GetResult();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _inbox.Dispose();

    private HttpClient Coordinator() => factory.CreateClient(TestTokens.Create("coordinator", ["commune:64129"]));

    public static TheoryData<string> HostileBodies => new()
    {
        """{"sender":{"territory":"commune:64129"},"name":"Lettre\u0000","subject":"Objet","htmlBody":"<p>x</p>","textBody":"x"}""",
        """{"sender":{"territory":"commune:64129"},"name":"Lettre","subject":"Objet\u0007","htmlBody":"<p>x</p>","textBody":"x"}""",
        """{"sender":{"territory":"commune:64129","funderId":"6f1c4a4e-0000-4000-8000-000000000000"},"name":"Lettre","subject":"Objet","htmlBody":"<p>x</p>","textBody":"x"}""",
        """{"sender":{"territory":"planète:3"},"name":"Lettre","subject":"Objet","htmlBody":"<p>x</p>","textBody":"x"}""",
        """{"sender":null,"name":"Lettre","subject":"Objet","htmlBody":"<p>x</p>","textBody":"x"}""",
        """{"sender":{"territory":"commune:64129"},"name":"<script>alert(1)</script>","subject":"Objet","htmlBody":"<p>x</p>","textBody":"x"}""",
    };

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public async Task A_hostile_template_is_refused_with_400(string body)
    {
        var response = await Coordinator().PostAsync("/templates", new StringContent(body, Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        var response = await Coordinator().PostAsJsonAsync("/templates", Template(Sender, html: new string('x', 200_001)), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("htmlBody", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Collectif\r\nBcc: victime@example.org", null)]
    [InlineData("Collectif", "pas-une-adresse")]
    [InlineData("Collectif", "a@example.org\r\nBcc: victime@example.org")]
    public async Task Header_injection_through_the_sender_name_or_reply_to_is_refused(string senderName, string? replyTo)
    {
        var client = Coordinator();
        var template = await CreateTemplateAsync(client, Sender);

        var response = await client.PostAsJsonAsync("/campaigns",
            new { sender = Sender, name = "Lettre", senderName, replyTo, templateId = template.Id, audience = new { segment = new { territory = "commune:64129" } } }, Cancellation);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}");
        Assert.Equal(0, await factory.InScopeAsync(db => db.Campaigns.CountAsync(c => c.SenderName == senderName, Cancellation)));
    }

    [Fact]
    public async Task Line_breaks_smuggled_in_through_a_recipient_name_never_start_a_header()
    {
        var actor = await TestDirectory.AddActorAsync(factory, "Association\r\nBcc: victime@example.org", "association", "64129", themes: ["injection-test"]);
        var email = TestDirectory.Address("cible");
        await TestDirectory.AddContactAsync(factory, actor, "Eve\r\nBcc: victime@example.org", email);
        var client = Coordinator();
        var template = await client.PostAsJsonAsync("/templates", Template(Sender, subject: "Pour {{ recipient.name }} de {{ recipient.organisation }}"), Cancellation);
        var templateId = (await template.ReadJsonAsync<Communications.Endpoints.TemplateResponse>()).Id;
        var created = await client.PostAsJsonAsync("/campaigns", Campaign(Sender, templateId, new { segment = new { territory = "commune:64129", themes = new[] { "injection-test" } } }), Cancellation);
        var campaign = await created.ReadJsonAsync<Communications.Endpoints.CampaignResponse>();
        await client.PostAsJsonAsync($"/campaigns/{campaign.Id}/schedule", new { }, Cancellation);

        var mail = Assert.Single(await _inbox.WaitForAsync(email));
        var headers = await _inbox.HeadersAsync(mail);
        Assert.Empty(headers["bcc"]);
        Assert.Single(mail.To);
        Assert.Equal("Pour Eve Bcc: victime@example.org de Association Bcc: victime@example.org", mail.Subject);
    }

    [Theory]
    [InlineData("/campaigns/not-a-guid")]
    [InlineData("/campaigns/00000000-0000-0000-0000-000000000000/deliveries?state=lost")]
    [InlineData("/campaigns/00000000-0000-0000-0000-000000000000/deliveries?cursor=%00")]
    [InlineData("/subscriptions/confirm?token=%00")]
    [InlineData("/unsubscribe?token=a%0d%0aSet-Cookie:x")]
    public async Task Malformed_urls_get_a_4xx_problem_never_a_500(string url)
    {
        var response = await Coordinator().GetAsync(url, Cancellation);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Twenty_concurrent_sign_ups_of_one_address_make_one_subscription_and_one_email()
    {
        var email = TestDirectory.Address("course");
        var client = factory.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostAsJsonAsync("/subscriptions", new { email, topic = "territory:commune:64129" }, Cancellation)));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode));
        Assert.Single(await _inbox.WaitForAsync(email));
        Assert.Equal(1, await factory.InScopeAsync(db => db.Subscriptions.CountAsync(s => s.Email == email, Cancellation)));
    }
}
