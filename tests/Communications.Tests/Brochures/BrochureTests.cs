using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Ssi.Testing;

namespace Communications.Tests.Brochures;

public sealed partial class BrochureTests(CommunicationsFactory factory) : IClassFixture<CommunicationsFactory>, IAsyncLifetime
{
    private BrokerProbe _calendar = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _calendar = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);

    public ValueTask DisposeAsync() => _calendar.DisposeAsync();

    private async Task PublishAsync(params object[] messages)
    {
        foreach (var message in messages)
        {
            await _calendar.Bus.Publish(message, Cancellation);
        }
    }

    /// <summary>
    /// The brochure's HTML once it shows <paramref name="expected"/> and every one of
    /// <paramref name="alsoExpected"/> (each event's news travels on its own queue), and no longer <paramref name="gone"/>.
    /// </summary>
    private async Task<HttpResponseMessage> BrochureShowingAsync(Guid programmeId, string expected, string? gone = null, params string[] alsoExpected)
    {
        HttpResponseMessage? response = null;
        await Eventually.Async(async () =>
        {
            response = await factory.CreateClient().GetAsync($"/programmes/{programmeId}/brochure?edition=2026", Cancellation);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(Cancellation);
            Assert.All(alsoExpected.Prepend(expected), text => Assert.Contains(text, html));
            if (gone is not null)
            {
                Assert.DoesNotContain(gone, html);
            }
        });
        return response!;
    }

    [Fact]
    public async Task The_brochure_shows_the_programme_events_day_by_day_in_French()
    {
        var news = new CalendarNews("Festival des Solidarités de Cergy-Pontoise", "Migrations et hospitalité");
        var forum = news.Published("Forum des acteurs de la solidarité", ["Cimade Val-d'Oise", "Secours populaire"], ["wheelchair", "hearing"], (14, 10, 17));
        var concert = news.Published("Concert « Musiques du monde »", [], ["visual"], (20, 20, 22));
        var cinema = news.Published("Ciné-débat", [], [], (14, 20, 22), (21, 15, 17));
        var cancelled = news.Published("Atelier annulé", [], [], (15, 14, 16));
        var elsewhere = new CalendarNews("Autre programme", null).Published("Discosoupe d'ailleurs", [], [], (14, 18, 20));
        await PublishAsync(news.Declared(), concert, forum, cinema, cancelled, elsewhere, CalendarNews.Cancelled(cancelled));

        var response = await BrochureShowingAsync(news.ProgrammeId, "Concert « Musiques du monde »", "Atelier annulé", "Forum des acteurs de la solidarité", "Ciné-débat");
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("@page { size: A4;", html);
        Assert.Contains("Thème local : <strong>Migrations et hospitalité</strong>", html);
        Assert.Equal(["samedi 14 novembre", "vendredi 20 novembre", "samedi 21 novembre"], Headings(html));
        Assert.Equal(["Forum des acteurs de la solidarité", "Ciné-débat", "Concert « Musiques du monde »", "Ciné-débat"], Titles(html));
        Assert.Contains("<p class=\"time\">10 h – 17 h</p>", html);
        Assert.Contains("<dt>Lieu</dt><dd>Hôtel d&#x27;agglomération, Parvis de la Préfecture, 95000</dd>", html);
        Assert.Contains("<dt>Organisé par</dt><dd>CY Cergy Paris Université</dd>", html);
        Assert.Contains("<dt>Partenaires</dt><dd>Cimade Val-d&#x27;Oise, Secours populaire</dd>", html);
        Assert.Contains("<dt>Accessibilité</dt><dd>accessible en fauteuil roulant, adapté aux personnes sourdes ou malentendantes</dd>", html);
        Assert.DoesNotContain("Discosoupe", html);
    }

    [Fact]
    public async Task The_pdf_is_an_A4_print_of_the_brochure()
    {
        var news = new CalendarNews("Festival des Solidarités de Pontoise", "Migrations et hospitalité");
        await PublishAsync(news.Declared(), news.Published("Conférence : migrations, idées reçues et réalités", [], ["wheelchair"], (18, 18, 20)));
        await BrochureShowingAsync(news.ProgrammeId, "Conférence");

        var response = await factory.CreateClient().GetAsync($"/programmes/{news.ProgrammeId}/brochure.pdf?edition=2026", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync(Cancellation);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text);
        var mediaBox = MediaBox().Match(text);
        Assert.True(mediaBox.Success, "the PDF has no MediaBox");
        // A4 is 595.28 × 841.89 points; Chromium rounds the page to whole CSS pixels.
        Assert.InRange(double.Parse(mediaBox.Groups["width"].Value, CultureInfo.InvariantCulture), 594, 596);
        Assert.InRange(double.Parse(mediaBox.Groups["height"].Value, CultureInfo.InvariantCulture), 841, 843);
        if (await PdfTextAsync(pdf) is { } printed)
        {
            Assert.Contains("Conférence : migrations, idées reçues et réalités", printed);
            Assert.Contains("mercredi 18 novembre", printed);
            Assert.Contains("accessible en fauteuil roulant", printed);
        }
    }

    [Fact]
    public async Task An_update_or_a_cancellation_renders_the_brochure_again_without_a_request()
    {
        var news = new CalendarNews("La Quinzaine de la solidarité internationale", "Solidarités d'ici et d'ailleurs");
        var forum = news.Published("Forum des associations", [], ["wheelchair"], (14, 14, 18));
        var exhibition = news.Published("Exposition « Nourrir le monde »", [], [], (16, 14, 18));
        await PublishAsync(news.Declared(), forum, exhibition);
        var first = await BrochureShowingAsync(news.ProgrammeId, "Exposition");

        await PublishAsync(CalendarNews.Updated(forum, "Grand forum des associations"));
        var updated = await BrochureShowingAsync(news.ProgrammeId, "Grand forum des associations");
        Assert.NotEqual(first.Headers.ETag, updated.Headers.ETag);
        await RenderedInBackgroundAsync(news.ProgrammeId, updated.Headers.ETag!.ToString(), "Grand forum des associations");

        await PublishAsync(CalendarNews.Cancelled(exhibition));
        var afterCancellation = await BrochureShowingAsync(news.ProgrammeId, "Grand forum des associations", gone: "Exposition");
        Assert.NotEqual(updated.Headers.ETag, afterCancellation.Headers.ETag);
        await RenderedInBackgroundAsync(news.ProgrammeId, afterCancellation.Headers.ETag!.ToString(), "Grand forum des associations");
    }

    [Fact]
    public async Task A_current_copy_is_not_sent_again()
    {
        var news = new CalendarNews("Festival des Solidarités à Osny", null);
        await PublishAsync(news.Declared(), news.Published("Repas partagé", [], [], (22, 12, 14)));
        var first = await BrochureShowingAsync(news.ProgrammeId, "Repas partagé");
        var tag = first.Headers.ETag!;

        foreach (var url in new[] { $"/programmes/{news.ProgrammeId}/brochure", $"/programmes/{news.ProgrammeId}/brochure.pdf?edition=2026" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(tag);
            var response = await factory.CreateClient().SendAsync(request, Cancellation);

            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
            Assert.Equal(tag, response.Headers.ETag);
        }
    }

    [Fact]
    public async Task Organisers_text_is_printed_as_text()
    {
        var news = new CalendarNews("Festival <b>des</b> Solidarités", "Thème \u0007 local");
        await PublishAsync(news.Declared(), news.Published("<script>alert('x')</script> Forum\0 nul", ["<img src=x onerror=alert(1)>"], [], (14, 10, 12)));

        var response = await BrochureShowingAsync(news.ProgrammeId, "Forum");
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Matches("&lt;script&gt;alert\\(&#x27;x&#x27;\\)&lt;/script&gt; Forum(\uFFFD|&#xFFFD;) nul", html);
        Assert.Contains("Thème &#x7; local", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("Festival &lt;b&gt;des&lt;/b&gt; Solidarités", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain(html, c => char.IsControl(c) && c is not '\n');
    }

    [Theory]
    [InlineData("brochure")]
    [InlineData("brochure.pdf")]
    public async Task An_unknown_programme_or_another_edition_is_not_found(string document)
    {
        var news = new CalendarNews("Festival des Solidarités à Vauréal", null);
        await PublishAsync(news.Declared());
        await BrochureShowingAsync(news.ProgrammeId, "Vauréal");
        var client = factory.CreateClient();

        foreach (var url in new[] { $"/programmes/{Guid.NewGuid()}/{document}", $"/programmes/{news.ProgrammeId}/{document}?edition=2025" })
        {
            var response = await client.GetAsync(url, Cancellation);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("brochure?edition=deux-mille")]
    [InlineData("brochure?edition=26")]
    [InlineData("brochure.pdf?edition=20260")]
    public async Task A_malformed_edition_is_a_400_problem(string document)
    {
        var response = await factory.CreateClient().GetAsync($"/programmes/{Guid.NewGuid()}/{document}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The renderer stored documents of the content that <paramref name="tag"/> names, and caught up with every change.</summary>
    private async Task RenderedInBackgroundAsync(Guid programmeId, string tag, string expected) =>
        await Eventually.Async(async () =>
        {
            var brochure = await factory.InScopeAsync(db => db.Brochures.AsNoTracking().SingleAsync(b => b.ProgrammeId == programmeId, Cancellation));
            Assert.Equal(tag, brochure.ContentTag);
            Assert.Equal(brochure.Changes, brochure.RenderedChanges);
            Assert.Contains(expected, brochure.Html);
            Assert.StartsWith("%PDF-", Encoding.Latin1.GetString(brochure.Pdf!));
        }, TimeSpan.FromSeconds(60));

    private static List<string> Headings(string html) => [.. Heading().Matches(html).Select(match => match.Groups[1].Value)];

    private static List<string> Titles(string html) => [.. Title().Matches(html).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value))];

    /// <returns>The PDF's text by poppler's pdftotext, an independent reader, when the machine has it.</returns>
    private static async Task<string?> PdfTextAsync(byte[] pdf)
    {
        const string tool = "/usr/bin/pdftotext";
        if (!File.Exists(tool))
        {
            return null;
        }

        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, pdf, Cancellation);
            using var process = Process.Start(new ProcessStartInfo(tool, [path, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync(Cancellation);
            await process.WaitForExitAsync(Cancellation);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("<h2>([^<]*)</h2>")]
    private static partial Regex Heading();

    [GeneratedRegex("<h3>([^<]*)</h3>")]
    private static partial Regex Title();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+(?<width>[\d.]+)\s+(?<height>[\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
