using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

/// <summary>Communications writes to people from what the directory and funding announce, through the platform's SMTP server, with links that work through the gateway.</summary>
public sealed class CommunicationsFlowTests(PlatformFixture platform)
{
    private const string Description = "Acteur enregistré par le test de bout en bout des communications.";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_call_opening_reaches_an_association_contact_by_email_and_its_unsubscribe_link_works_through_the_gateway()
    {
        using var inbox = new MailInbox(platform.App.GetEndpoint("mail", "http"));
        var email = $"presidente.{Guid.NewGuid():N}@example.org";
        var coordinator = platform.CreateClient(TestTokens.Create("coordinator", territories: ["64"]));
        var association = await Flows.RegisterActorInBillereAsync(coordinator, "Jeunes solidaires Billère–Madagascar (test)", "association", Description);
        var member = platform.CreateClient(TestTokens.Create("member", actors: [association]));
        var contact = await member.PostAsJsonAsync($"/api/directory/actors/{association}/contacts", new
        {
            fullName = "Mina Exemple",
            function = "présidente",
            email,
            visibility = "public",
            legalBasis = "consent",
            consentGivenOn = "2026-03-10",
            consentSource = "formulaire d'adhésion au collectif 2026",
        }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        var funderId = await Flows.RegisterActorInBillereAsync(coordinator, "Commune de Billère (financeur, test des e-mails)", "commune", Description);
        var staff = platform.CreateClient(TestTokens.Create("funder", actors: [funderId]));

        await Flows.OpenACallInBillereAsync(staff, funderId, "Aide aux jeunes solidaires de Billère", ["association"], minimumLinkedEvents: 0);

        // Other tests open calls for every kind of actor in Billère too, which reach this contact as well.
        const string Announcement = "Appel à projets ouvert : Aide aux jeunes solidaires de Billère";
        var mail = Assert.Single(await inbox.WaitForAsync(email, timeout: TimeSpan.FromSeconds(60), subject: Announcement));
        Assert.Contains("Bonjour Mina Exemple", mail.Text, StringComparison.Ordinal);
        var unsubscribe = new Uri((await inbox.HeadersAsync(mail))["list-unsubscribe"].Single().Trim('<', '>'));
        Assert.Equal(platform.Gateway.Authority, unsubscribe.Authority);
        Assert.StartsWith("/api/communications/unsubscribe", unsubscribe.AbsolutePath, StringComparison.Ordinal);

        var anonymous = platform.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(unsubscribe.PathAndQuery, Cancellation)).StatusCode);
        var oneClick = await anonymous.PostAsync(unsubscribe.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]), Cancellation);
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
    }

    [Fact]
    public async Task A_citizen_subscribes_through_the_gateway_and_confirms_from_the_email()
    {
        using var inbox = new MailInbox(platform.App.GetEndpoint("mail", "http"));
        var email = $"citoyen.{Guid.NewGuid():N}@example.org";
        var anonymous = platform.CreateAnonymousClient();

        var asked = await anonymous.PostAsJsonAsync("/api/communications/subscriptions", new { email, topic = "territory:commune:64129", source = "test de bout en bout" }, Cancellation);
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);

        var mail = Assert.Single(await inbox.WaitForAsync(email, timeout: TimeSpan.FromSeconds(60)));
        var link = ConfirmationLink.In(mail);
        Assert.Equal(platform.Gateway.Authority, link.Authority);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(link.PathAndQuery, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync(link.PathAndQuery, null, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsync(link.PathAndQuery, null, Cancellation)).StatusCode);
    }
}
