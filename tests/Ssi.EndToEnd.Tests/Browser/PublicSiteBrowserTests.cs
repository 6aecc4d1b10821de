using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using Ssi.Testing;
using static Microsoft.Playwright.Assertions;

namespace Ssi.EndToEnd.Tests.Browser;

/// <summary>The public site in a real browser, through the gateway: what citizens and city websites do, each page checked with axe.</summary>
public sealed class PublicSiteBrowserTests(PlatformFixture platform, BrowserFixture browser, BillereOnTheSite billere) : IClassFixture<BillereOnTheSite>
{
    private const string Programme = "/programme/commune/64129";

    [Fact]
    public async Task A_citizen_on_a_phone_finds_billeres_programme_adds_an_event_to_their_calendar_and_subscribes_to_its_news()
    {
        await using var context = await browser.NewContextAsync(platform.Gateway, width: 320);
        var page = await context.NewPageAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });

        // The theory below checks this flow's pages with axe; here they must fit a phone.
        await page.GotoAsync("/");
        await page.AssertNoHorizontalScrollAsync();
        await Expect(heading).ToContainTextAsync("2026");
        var search = page.GetByRole(AriaRole.Search);
        await search.GetByLabel("Votre commune, intercommunalité, département ou région (nom ou code postal)").FillAsync("billere");
        await search.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/recherche\?q=billere$"));
        await page.AssertNoHorizontalScrollAsync();

        await page.Locator($"a[href$='{Programme}']").Filter(new() { HasText = "Billère" }).First.ClickAsync();
        await Expect(heading).ToHaveTextAsync(new Regex(@"^Programme\s*:\s*Billère"));
        await page.AssertNoHorizontalScrollAsync();
        await page.Locator("article").GetByRole(AriaRole.Link, new() { Name = billere.EventTitle }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/evenements/{billere.Event.EventId}$"));
        await Expect(heading).ToHaveTextAsync(billere.EventTitle);
        await page.AssertNoHorizontalScrollAsync();
        await AssertSharedAndIndexedAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Ajouter à mon agenda (.ics)" }).ClickAsync());
        var calendar = (await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken)).Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
        Assert.Contains($"SUMMARY:{billere.EventTitle}", calendar, StringComparison.Ordinal);

        using var inbox = new MailInbox(platform.App.GetEndpoint("mail", "http"));
        var email = $"habitante.{Guid.NewGuid():N}@example.org";
        await page.GotoAsync(Programme);
        await page.GetByRole(AriaRole.Link, new() { Name = "Recevoir les actualités" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/abonnement/commune/64129$"));
        await page.AssertNoHorizontalScrollAsync();
        await page.GetByLabel("Votre adresse e-mail").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Je m'abonne" }).ClickAsync();
        await Expect(heading).ToHaveTextAsync("Vérifiez votre messagerie");
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertNoAccessibilityViolationsAsync();

        var confirmation = ConfirmationLink.In(Assert.Single(await inbox.WaitForAsync(email, timeout: TimeSpan.FromSeconds(60))));
        Assert.Equal(platform.Gateway.Authority, confirmation.Authority);
        await page.GotoAsync(confirmation.ToString());
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer mon inscription" }).ClickAsync();
        await Expect(heading).ToHaveTextAsync("Inscription confirmée");
        await page.AssertNoHorizontalScrollAsync();
        await page.AssertNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task A_city_website_embeds_billeres_programme_with_the_snippet_of_the_integration_page()
    {
        await using var context = await browser.NewContextAsync(platform.Gateway);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/integrer");
        await page.GetByLabel("Territoire (type:code)").FillAsync("commune:64129");
        await page.GetByRole(AriaRole.Button, new() { Name = "Générer le code" }).ClickAsync();
        var snippet = (await page.Locator("code").Filter(new() { HasText = "data-territoire" }).TextContentAsync())!.Trim();
        await page.AssertNoAccessibilityViolationsAsync();
        Assert.Contains($"src=\"{new Uri(platform.Gateway, "/widget.js")}\"", snippet, StringComparison.Ordinal);

        using var city = new CityWebsite($"""
            <!doctype html>
            <html lang="fr"><head><meta charset="utf-8"><title>Ville de Billère</title></head>
            <body><main><h1>Agenda de la ville</h1>{snippet}</main></body></html>
            """);
        await page.GotoAsync(city.Address.ToString());

        var iframe = page.Locator("iframe");
        await Expect(iframe).ToHaveCountAsync(1);
        await Expect(page.FrameLocator("iframe").GetByText(billere.EventTitle)).ToBeVisibleAsync();
        await page.AssertNoAccessibilityViolationsAsync();
        var frame = await (await iframe.ElementHandleAsync()).ContentFrameAsync();
        Assert.Contains("/widget/programme/commune/64129", frame!.Url, StringComparison.Ordinal);
        await frame.AssertNoAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData("/", 200)]
    [InlineData("/recherche?q=billere", 200)]
    [InlineData("/recherche?q=64140", 200)]
    [InlineData(Programme, 200)]
    [InlineData(Programme + "?vue=carte", 200)]
    [InlineData("/evenements/{event}", 200)]
    [InlineData("/acteurs/{organiser}", 200)]
    [InlineData("/appels", 200)]
    [InlineData("/appels/{call}", 200)]
    [InlineData("/abonnement/commune/64129", 200)]
    [InlineData("/integrer", 200)]
    [InlineData("/widget/programme/commune/64129", 200)]
    [InlineData("/programme/commune/00000", 404)]
    [InlineData(Programme + "?du=pas-une-date", 400)]
    public async Task A_page_answers_its_status_passes_axe_and_fits_a_phone(string path, int status)
    {
        path = path.Replace("{event}", billere.Event.EventId.ToString(), StringComparison.Ordinal)
            .Replace("{organiser}", billere.Event.OrganiserId.ToString(), StringComparison.Ordinal)
            .Replace("{call}", billere.CallId.ToString(), StringComparison.Ordinal);
        await using var context = await browser.NewContextAsync(platform.Gateway);
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(path);

        Assert.Equal((HttpStatusCode)status, (HttpStatusCode)response!.Status);
        Assert.StartsWith("text/html", await response.HeaderValueAsync("content-type") ?? "", StringComparison.Ordinal);
        await page.AssertNoAccessibilityViolationsAsync();
        await page.SetViewportSizeAsync(320, 800);
        await page.AssertNoHorizontalScrollAsync();
    }

    private async Task AssertSharedAndIndexedAsync(IPage page)
    {
        using var jsonLd = JsonDocument.Parse(await page.Locator("script[type='application/ld+json']").TextContentAsync() ?? "");
        Assert.Equal(billere.EventTitle, jsonLd.RootElement.GetProperty("name").GetString());
        await Expect(page.Locator("meta[property='og:title']")).ToHaveAttributeAsync("content", billere.EventTitle);
        await Expect(page.Locator("meta[property='og:url']")).ToHaveAttributeAsync("content", new Regex($"/evenements/{billere.Event.EventId}$"));
    }
}
