using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests;

/// <summary>The public web site through the gateway: its pages, their errors, their cache and the widget's framing.</summary>
public sealed partial class PublicSiteTests(PlatformFixture platform)
{
    private const string November = "du=2026-11-01&au=2026-11-30";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/programme/commune/00000", HttpStatusCode.NotFound, "Page introuvable")]
    [InlineData("/programme/planete/64129", HttpStatusCode.NotFound, "Page introuvable")]
    [InlineData("/evenements/pas-un-identifiant", HttpStatusCode.NotFound, "Page introuvable")]
    [InlineData("/acteurs/6f1c0d7e-0000-4000-8000-000000000000", HttpStatusCode.NotFound, "Page introuvable")]
    [InlineData("/nulle-part", HttpStatusCode.NotFound, "Page introuvable")]
    [InlineData("/programme/commune/64129?du=pas-une-date", HttpStatusCode.BadRequest, "n&#x27;est pas une date")]
    [InlineData("/programme/commune/64129?du=2026-11-30&au=2026-11-01", HttpStatusCode.BadRequest, "est après la date de fin")]
    [InlineData("/programme/commune/64129?type=%3Cscript%3Ealert(1)%3C%2Fscript%3E", HttpStatusCode.BadRequest, "&lt;script&gt;")]
    [InlineData("/programme/commune/64129?accessibilite=visuel", HttpStatusCode.BadRequest, "n&#x27;est pas un besoin")]
    [InlineData("/programme/commune/64129?accessibilite=%00", HttpStatusCode.BadRequest, "caractère de contrôle")]
    [InlineData("/programme/commune/%0A64129", HttpStatusCode.BadRequest, "caractère de contrôle")]
    [InlineData("/programme/commune/64129?suite=%27%3B%20DROP%20TABLE%20events%3B--", HttpStatusCode.BadRequest, "Demande incorrecte")]
    [InlineData("/recherche?q=%00%01", HttpStatusCode.BadRequest, "caractère de contrôle")]
    [InlineData("/recherche?q=b", HttpStatusCode.BadRequest, "Saisissez entre")]
    [InlineData("/recherche", HttpStatusCode.BadRequest, "Saisissez entre")]
    [InlineData("/widget/programme/commune/64129?couleur=rouge", HttpStatusCode.BadRequest, "six chiffres hexadécimaux")]
    public async Task Bad_addresses_get_a_French_page_with_their_status_and_no_trace_of_the_code(string path, HttpStatusCode status, string explanation)
    {
        using var response = await platform.CreateAnonymousClient().GetAsync(path, Cancellation);
        var page = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains(explanation, page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_event_shows_on_its_programme_and_its_page_with_json_ld_open_graph_and_a_calendar_file()
    {
        var coordinator = platform.CreateClient(TestTokens.Create("coordinator", territories: ["64"]));
        var title = $"Discosoupe du site public {Guid.NewGuid():N}"[..40];
        var published = await Flows.PublishAnEventInBillereAsync(coordinator, $"Jardins partagés (site) {Guid.NewGuid():N}"[..40], title);
        var anonymous = platform.CreateAnonymousClient();

        await Eventually.Async(async () => Assert.Contains(title, await anonymous.GetStringAsync($"/programme/commune/64129?{November}", Cancellation), StringComparison.Ordinal));
        var page = await anonymous.GetStringAsync($"/evenements/{published.EventId}", Cancellation);

        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:title\" content=\"{title}\">", page, StringComparison.Ordinal);
        Assert.Contains("<script type=\"application/ld+json\">", page, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"Event\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/acteurs/{published.OrganiserId}\"", page, StringComparison.Ordinal);
        var ics = AddToCalendar().Match(page).Groups["href"].Value;
        var file = await anonymous.GetAsync(ics, Cancellation);
        Assert.Equal("text/calendar", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains(title, await file.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Contains(title, await anonymous.GetStringAsync($"/acteurs/{published.OrganiserId}", Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_programme_revalidates_with_a_304_and_a_new_publication_shows_at_once()
    {
        var coordinator = platform.CreateClient(TestTokens.Create("coordinator", territories: ["64"]));
        var anonymous = platform.CreateAnonymousClient();
        var path = $"/programme/department/64?{November}&gratuit=oui";
        var first = await anonymous.GetAsync(path, Cancellation);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again, Cancellation)).StatusCode);

        var title = $"Repas partagé du cache {Guid.NewGuid():N}"[..36];
        await Flows.PublishAnEventInBillereAsync(coordinator, $"Cuisine solidaire {Guid.NewGuid():N}"[..30], title);

        // The page stays cached for minutes: only the calendar's integration event can bring the new one this soon.
        await Eventually.Async(async () => Assert.Contains(title, await anonymous.GetStringAsync(path, Cancellation), StringComparison.Ordinal));
        var changed = new HttpRequestMessage(HttpMethod.Get, path);
        changed.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(changed, Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Only_the_widget_may_be_framed_by_other_sites_and_the_embed_page_writes_its_snippet()
    {
        var anonymous = platform.CreateAnonymousClient();

        var widget = await anonymous.GetAsync("/widget/programme/commune/64129?couleur=ffd700", Cancellation);
        var home = await anonymous.GetAsync("/", Cancellation);
        var script = await anonymous.GetAsync("/widget.js", Cancellation);
        var embed = await anonymous.GetStringAsync("/integrer?territoire=commune%3A64129&type=shared-meal&couleur=%23005f73", Cancellation);

        Assert.Equal(HttpStatusCode.OK, widget.StatusCode);
        Assert.Contains("frame-ancestors *", widget.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"&lt;script src=&quot;{platform.Gateway.GetLeftPart(UriPartial.Authority)}/widget.js&quot; data-territoire=&quot;commune:64129&quot; data-type=&quot;shared-meal&quot; data-couleur=&quot;005f73&quot; data-titre=&quot;Programme du Festival des Solidarités : Billère&quot; async&gt;&lt;/script&gt;", embed, StringComparison.Ordinal);
        // A light colour keeps dark text: the widget stays readable whatever the city picks.
        Assert.Contains("--on-accent:#1e1e1e", await anonymous.GetStringAsync("/widget/theme.css?couleur=ffd700", Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_address_in_the_subscription_form_is_refused_in_French_and_sends_nothing()
    {
        using var handler = new HttpClientHandler { UseCookies = true };
        using var visitor = new HttpClient(handler) { BaseAddress = platform.Gateway };
        var form = await visitor.GetStringAsync("/abonnement/commune/64129", Cancellation);
        var token = AntiforgeryToken().Match(form).Groups["token"].Value;

        var refused = await visitor.PostAsync("/abonnement/commune/64129", new FormUrlEncodedContent(
            [new("Email", "pas une adresse\r\nBcc: victime@example.org"), new("__RequestVerificationToken", token)]), Cancellation);
        var forged = await visitor.PostAsync("/abonnement/commune/64129", new FormUrlEncodedContent([new("Email", "citoyen@example.org")]), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("adresse e-mail n&#x27;est pas valable", await refused.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Demande incorrecte", await forged.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\"[^>]*>Ajouter à mon agenda \\(.ics\\)</a>")]
    private static partial Regex AddToCalendar();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
