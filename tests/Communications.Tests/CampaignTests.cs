using System.Net;
using System.Net.Http.Json;
using Communications.Endpoints;
using Microsoft.EntityFrameworkCore;
using Ssi.Testing;
using static Communications.Tests.CampaignRequests;

namespace Communications.Tests;

public sealed class CampaignTests(CommunicationsFactory factory) : IClassFixture<CommunicationsFactory>, IDisposable
{
    private readonly MailInbox _inbox = MailInbox.ConnectAsync().GetAwaiter().GetResult();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _inbox.Dispose();

    private HttpClient Coordinator(string territory = "commune:64129") => factory.CreateClient(TestTokens.Create("coordinator", [territory]));

    [Fact]
    public async Task A_coordinator_writes_to_the_collective_members_contacts_that_visibility_and_consent_allow()
    {
        var collective = Guid.NewGuid();
        var association = await TestDirectory.AddActorAsync(factory, "Artisans du Monde Pau", "association", "64129", themes: ["commerce-equitable"]);
        var school = await TestDirectory.AddActorAsync(factory, "Collège de Billère", "school", "64129");
        var outsider = await TestDirectory.AddActorAsync(factory, "Association hors collectif", "association", "64129");
        await TestDirectory.JoinCollectiveAsync(factory, collective, association);
        await TestDirectory.JoinCollectiveAsync(factory, collective, school);
        var president = TestDirectory.Address("presidente");
        var members = TestDirectory.Address("tresorier");
        var privateOne = TestDirectory.Address("privee");
        var byContract = TestDirectory.Address("contrat");
        var teacher = TestDirectory.Address("professeure");
        var notInCollective = TestDirectory.Address("dehors");
        await TestDirectory.AddContactAsync(factory, association, "Lucie Exemple", president, "public", "consent", "présidente");
        await TestDirectory.AddContactAsync(factory, association, "Paul Exemple", members, "members", "legitimate-interest", "trésorier");
        await TestDirectory.AddContactAsync(factory, association, "Inès Exemple", privateOne, "private", "consent", "bénévole");
        await TestDirectory.AddContactAsync(factory, association, "Marc Exemple", byContract, "public", "contract", "salarié");
        await TestDirectory.AddContactAsync(factory, school, "Anne Exemple", teacher, "public", "public-task", "professeure de géographie");
        await TestDirectory.AddContactAsync(factory, outsider, "Jean Exemple", notInCollective, "public", "consent");
        var client = Coordinator();
        var sender = new { territory = "commune:64129" };
        var audience = new { segment = new { territory = "commune:64129", collectiveId = collective } };

        var preview = await (await client.PostAsJsonAsync("/audiences/preview", new { sender, audience }, Cancellation)).ReadJsonAsync<AudiencePreview>();
        Assert.Equal(3, preview.Count);
        Assert.Contains(preview.Sample, sample => sample.Name == "Lucie Exemple" && sample.Organisation == "Artisans du Monde Pau" && !sample.Email.Contains("presidente", StringComparison.Ordinal));

        var campaign = await CreateCampaignAsync(client, sender, audience);
        var scheduled = await client.PostAsJsonAsync($"/campaigns/{campaign.Id}/schedule", new { }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        var finished = await WaitUntilAsync(client, campaign.Id, "finished");

        Assert.Equal(3, finished.RecipientCount);
        Assert.Equal(3, finished.Deliveries["sent"]);
        var mail = Assert.Single(await _inbox.WaitForAsync(president));
        Assert.Equal("Lettre de novembre : les rendez-vous de novembre", mail.Subject);
        Assert.Contains("Bonjour Lucie Exemple (Artisans du Monde Pau)", mail.Html, StringComparison.Ordinal);
        Assert.StartsWith("Bonjour Lucie Exemple,", mail.Text, StringComparison.Ordinal);
        Assert.Equal("Collectif SSI de Billère", Assert.Single(mail.From).Name);
        var headers = await _inbox.HeadersAsync(mail);
        Assert.Equal("List-Unsubscribe=One-Click", Assert.Single(headers["list-unsubscribe-post"]));
        Assert.StartsWith("<http://localhost/unsubscribe?token=", Assert.Single(headers["list-unsubscribe"]), StringComparison.Ordinal);
        Assert.Contains("collectif.billere@example.org", Assert.Single(headers["reply-to"]), StringComparison.Ordinal);
        await _inbox.WaitForAsync(members);
        await _inbox.WaitForAsync(teacher);
        foreach (var left in new[] { privateOne, byContract, notInCollective })
        {
            Assert.Empty(await _inbox.ToAsync(left));
        }

        var log = await client.GetJsonAsync<Ssi.ServiceDefaults.Http.Page<DeliveryResponse>>($"/campaigns/{campaign.Id}/deliveries?state=sent");
        Assert.Equal(3, log.Items.Count);
        Assert.All(log.Items, delivery => Assert.NotNull(delivery.MessageId));
    }

    [Fact]
    public async Task The_one_click_unsubscribe_link_of_a_campaign_works_and_its_address_gets_nothing_more()
    {
        var actor = await TestDirectory.AddActorAsync(factory, "Cinéma Le Méliès", "cinema", "64102");
        var email = TestDirectory.Address("cinema");
        await TestDirectory.AddContactAsync(factory, actor, "Claire Exemple", email, "public", "legitimate-interest", "programmatrice");
        var client = Coordinator("department:64");
        var sender = new { territory = "department:64" };
        var audience = new { segment = new { territory = "commune:64102", actorKinds = new[] { "cinema" } } };
        var first = await CreateCampaignAsync(client, sender, audience);
        await client.PostAsJsonAsync($"/campaigns/{first.Id}/schedule", new { }, Cancellation);
        var mail = Assert.Single(await _inbox.WaitForAsync(email));
        var link = new Uri((await _inbox.HeadersAsync(mail))["list-unsubscribe"].Single().Trim('<', '>'));
        var anonymous = factory.CreateClient();

        var page = await anonymous.GetAsync(link.PathAndQuery, Cancellation);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Me désinscrire", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Cancellation)), StringComparison.Ordinal);
        Assert.False(await factory.InScopeAsync(db => db.SuppressedAddresses.AnyAsync(a => a.Email == email, Cancellation)));

        var oneClick = await anonymous.PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), Cancellation);
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.True(await factory.InScopeAsync(db => db.SuppressedAddresses.AnyAsync(a => a.Email == email, Cancellation)));

        var preview = await (await client.PostAsJsonAsync("/audiences/preview", new { sender, audience }, Cancellation)).ReadJsonAsync<AudiencePreview>();
        Assert.Equal(0, preview.Count);
        var forged = await anonymous.PostAsync(link.PathAndQuery[..^3] + "AAA", null, Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }

    [Fact]
    public async Task A_campaign_to_a_territory_news_subscribers_reaches_confirmed_ones_and_unsubscribes_only_that_subscription()
    {
        var confirmed = TestDirectory.Address("abonnee");
        var pending = TestDirectory.Address("hesitant");
        await SubscribeAsync(confirmed, "territory:commune:64129", confirm: true);
        await SubscribeAsync(pending, "territory:commune:64129", confirm: false);
        var client = Coordinator("department:64");
        var sender = new { territory = "department:64" };

        var campaign = await CreateCampaignAsync(client, sender, new { subscribers = "department:64" });
        await client.PostAsJsonAsync($"/campaigns/{campaign.Id}/schedule", new { }, Cancellation);

        var mails = await _inbox.WaitForAsync(confirmed, 2);
        Assert.Single(await _inbox.ToAsync(pending));
        var link = new Uri((await _inbox.HeadersAsync(mails[1]))["list-unsubscribe"].Single().Trim('<', '>'));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().PostAsync(link.PathAndQuery, null, Cancellation)).StatusCode);
        Assert.Equal(Domain.Subscriptions.SubscriptionStatus.Unsubscribed,
            await factory.InScopeAsync(db => db.Subscriptions.Where(s => s.Email == confirmed).Select(s => s.Status).SingleAsync(Cancellation)));
        Assert.False(await factory.InScopeAsync(db => db.SuppressedAddresses.AnyAsync(a => a.Email == confirmed, Cancellation)));
    }

    [Fact]
    public async Task A_campaign_is_paused_resumed_and_refuses_edits_once_it_is_no_longer_a_draft()
    {
        var actor = await TestDirectory.AddActorAsync(factory, "MJC de Billère", "mjc", "64129");
        var email = TestDirectory.Address("mjc");
        await TestDirectory.AddContactAsync(factory, actor, "Sam Exemple", email);
        var client = Coordinator();
        var sender = new { territory = "commune:64129" };
        var audience = new { segment = new { territory = "commune:64129", actorKinds = new[] { "mjc" } } };
        var campaign = await CreateCampaignAsync(client, sender, audience);

        var later = await client.PostAsJsonAsync($"/campaigns/{campaign.Id}/schedule", new { sendAt = DateTimeOffset.UtcNow.AddHours(1) }, Cancellation);
        Assert.Equal("scheduled", (await later.ReadJsonAsync<CampaignResponse>()).Status);
        var edit = new HttpRequestMessage(HttpMethod.Put, $"/campaigns/{campaign.Id}") { Content = JsonContent.Create(Campaign(sender, campaign.TemplateId, audience, "Renommée")) };
        edit.Headers.IfMatch.ParseAdd(later.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.SendAsync(edit, Cancellation)).StatusCode);

        Assert.Equal("paused", (await (await client.PostAsync($"/campaigns/{campaign.Id}/pause", null, Cancellation)).ReadJsonAsync<CampaignResponse>()).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/campaigns/{campaign.Id}/pause", null, Cancellation)).StatusCode);
        Assert.Equal("scheduled", (await (await client.PostAsync($"/campaigns/{campaign.Id}/resume", null, Cancellation)).ReadJsonAsync<CampaignResponse>()).Status);
        Assert.Equal("cancelled", (await (await client.PostAsync($"/campaigns/{campaign.Id}/cancel", null, Cancellation)).ReadJsonAsync<CampaignResponse>()).Status);
        await Task.Delay(TimeSpan.FromSeconds(1), Cancellation);
        Assert.Empty(await _inbox.ToAsync(email));
    }

    [Fact]
    public async Task Scheduling_in_the_past_or_to_nobody_is_refused_and_sends_nothing()
    {
        var client = Coordinator();
        var sender = new { territory = "commune:64129" };
        var campaign = await CreateCampaignAsync(client, sender, new { segment = new { territory = "commune:64129", actorKinds = new[] { "university" } } });

        var past = await client.PostAsJsonAsync($"/campaigns/{campaign.Id}/schedule", new { sendAt = DateTimeOffset.UtcNow.AddHours(-2) }, Cancellation);
        var nobody = await client.PostAsJsonAsync($"/campaigns/{campaign.Id}/schedule", new { }, Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        Assert.Contains("sendAt", await past.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nobody.StatusCode);
        Assert.Equal("draft", (await client.GetJsonAsync<CampaignResponse>($"/campaigns/{campaign.Id}")).Status);
    }

    [Fact]
    public async Task Coordinators_write_inside_their_territory_only_and_see_only_their_campaigns()
    {
        var client = Coordinator("commune:64129");
        var sender = new { territory = "commune:64129" };
        var template = await CreateTemplateAsync(client, sender);

        var outside = await client.PostAsJsonAsync("/campaigns", Campaign(sender, template.Id, new { segment = new { territory = "department:64" } }), Cancellation);
        var otherSender = await client.PostAsJsonAsync("/templates", Template(new { territory = "commune:33063" }), Cancellation);
        var applicants = await client.PostAsJsonAsync("/campaigns", Campaign(sender, template.Id, new { applicantsOfCall = Guid.NewGuid() }), Cancellation);
        var campaign = await CreateCampaignAsync(client, sender, new { segment = new { territory = "commune:64129" } });
        var stranger = await Coordinator("commune:33063").GetAsync($"/campaigns/{campaign.Id}", Cancellation);
        var strangerLog = await Coordinator("commune:33063").GetAsync($"/campaigns/{campaign.Id}/deliveries", Cancellation);
        var anonymous = await factory.CreateClient().GetAsync($"/campaigns/{campaign.Id}/deliveries", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherSender.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, applicants.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerLog.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_funder_writes_to_its_own_calls_applicants_only()
    {
        var funder = Guid.NewGuid();
        var callId = Guid.NewGuid();
        var otherCall = Guid.NewGuid();
        var applicant = await TestDirectory.AddActorAsync(factory, "Lille–Sahel Échanges", "association", "59350");
        var email = TestDirectory.Address("sahel");
        await TestDirectory.AddContactAsync(factory, applicant, "Awa Exemple", email, "private", "contract", "coordinatrice");
        await factory.InScopeAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO funding_calls (call_id, funder_id, funder_name, title, scope_territory, eligible_actor_kinds, closes_at)
            VALUES ({callId}, {funder}, 'Région Hauts-de-France', 'Appel spécial SSI', 'region:32', {Array.Empty<string>()}, now()), ({otherCall}, {Guid.NewGuid()}, 'Autre', 'Autre appel', 'region:32', {Array.Empty<string>()}, now());
            INSERT INTO funding_applications (application_id, call_id, applicant_id, project_title) VALUES ({Guid.NewGuid()}, {callId}, {applicant}, 'Festisol Lille');
            """, Cancellation));
        var client = factory.CreateClient(TestTokens.Create("funder", actors: [funder]));
        var sender = new { funderId = funder };

        var foreign = await client.PostAsJsonAsync("/audiences/preview", new { sender, audience = new { applicantsOfCall = otherCall } }, Cancellation);
        var territory = await client.PostAsJsonAsync("/audiences/preview", new { sender, audience = new { segment = new { territory = "region:32" } } }, Cancellation);
        var pretending = await client.PostAsJsonAsync("/audiences/preview", new { sender = new { funderId = Guid.NewGuid() }, audience = new { applicantsOfCall = callId } }, Cancellation);
        var campaign = await CreateCampaignAsync(client, sender, new { applicantsOfCall = callId });
        await client.PostAsJsonAsync($"/campaigns/{campaign.Id}/schedule", new { }, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, territory.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pretending.StatusCode);
        Assert.Single(await _inbox.WaitForAsync(email));
    }

    private async Task SubscribeAsync(string email, string topic, bool confirm)
    {
        var client = factory.CreateClient();
        await client.PostAsJsonAsync("/subscriptions", new { email, topic }, Cancellation);
        var mail = Assert.Single(await _inbox.WaitForAsync(email));
        if (confirm)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(ConfirmationLink.In(mail).PathAndQuery, null, Cancellation)).StatusCode);
        }
    }
}
