using System.Net;
using System.Net.Http.Json;
using Communications.Endpoints;
using Communications.Notifications;
using Ssi.Testing;
using static Communications.Tests.CampaignRequests;

namespace Communications.Tests;

public sealed class TemplateTests(CommunicationsFactory factory) : IClassFixture<CommunicationsFactory>
{
    private static readonly object Sender = new { territory = "commune:95127" };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Coordinator() => factory.CreateClient(TestTokens.Create("coordinator", ["commune:95127"]));

    [Theory]
    [InlineData("Bonjour {{ recipient.prenom }}", "htmlBody", "recipient.prenom")]
    [InlineData("{{ evenement.titre | upcase }}", "htmlBody", "evenement.titre")]
    [InlineData("{% if secret %}oui{% endif %}", "htmlBody", "secret")]
    public async Task A_template_using_a_variable_the_platform_does_not_give_is_refused_when_saved(string html, string field, string variable)
    {
        var response = await Coordinator().PostAsJsonAsync("/templates", Template(Sender, html: html), Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains($"\"{field}\"", problem, StringComparison.Ordinal);
        Assert.Contains($"'{variable}'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_a_template_defines_itself_are_not_unknown_variables()
    {
        var html = "{% assign who = recipient.name %}{% capture intro %}Bonjour {{ who }}{% endcapture %}{{ intro }}{% for i in (1..2) %}{{ forloop.index }}{{ i }}{% endfor %}";

        var response = await Coordinator().PostAsJsonAsync("/templates", Template(Sender, html: html), Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Broken_liquid_and_a_subject_on_two_lines_are_refused()
    {
        var broken = await Coordinator().PostAsJsonAsync("/templates", Template(Sender, text: "{% if recipient.name %}sans fin"), Cancellation);
        var twoLines = await Coordinator().PostAsJsonAsync("/templates", Template(Sender, subject: "Objet\r\nBcc: victime@example.org"), Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        Assert.Contains("textBody", await broken.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twoLines.StatusCode);
        Assert.Contains("subject", await twoLines.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_renders_both_parts_with_French_sample_data_and_escapes_them_in_HTML()
    {
        var client = Coordinator();
        var template = await CreateTemplateAsync(client, Sender);

        var preview = await client.GetJsonAsync<TemplatePreview>($"/templates/{template.Id}/preview");
        var unsaved = await client.PostAsJsonAsync("/templates/preview", new { subject = "{{ sender.name }}", htmlBody = "<p>{{ recipient.organisation }} & co</p>", textBody = "{{ recipient.organisation }}" }, Cancellation);

        Assert.Equal("Lettre du collectif : les rendez-vous de novembre", preview.Subject);
        Assert.Contains("Bonjour Camille Exemple (Association Exemple Solidaire)", preview.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Se désinscrire", preview.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("Bonjour Camille Exemple,", preview.TextBody, StringComparison.Ordinal);
        var rendered = await unsaved.ReadJsonAsync<TemplatePreview>();
        Assert.Equal("Coordination locale du Festival des Solidarités", rendered.Subject);
    }

    [Fact]
    public async Task A_template_changes_only_with_its_current_ETag_and_others_cannot_read_it()
    {
        var client = Coordinator();
        var created = await client.PostAsJsonAsync("/templates", Template(Sender), Cancellation);
        var template = await created.ReadJsonAsync<TemplateResponse>();

        var withoutTag = await client.PutAsJsonAsync($"/templates/{template.Id}", Template(Sender, subject: "Nouvel objet"), Cancellation);
        var withTag = await client.SendAsync(ConditionalRequests.PutIfMatch($"/templates/{template.Id}", Template(Sender, subject: "Nouvel objet"), created.Headers.ETag!.ToString()), Cancellation);
        var stale = await client.SendAsync(ConditionalRequests.PutIfMatch($"/templates/{template.Id}", Template(Sender, subject: "Encore"), created.Headers.ETag!.ToString()), Cancellation);
        var stranger = await factory.CreateClient(TestTokens.Create("coordinator", ["commune:64129"])).GetAsync($"/templates/{template.Id}", Cancellation);

        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutTag.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withTag.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public void Every_email_the_platform_writes_by_itself_renders_in_French_with_its_variables() =>
        Assert.All(NotificationTemplates.All, template =>
        {
            var (subject, html, text) = template.Render(template.Variables.ToDictionary(name => name, name => $"<{name}>"));
            Assert.DoesNotContain('\n', subject);
            Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<recipient.name>", html, StringComparison.Ordinal);
            Assert.Contains("Festival des Solidarités", text, StringComparison.Ordinal);
        });
}
