using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Ssi.ServiceDefaults.Text;

namespace Communications.Brochures;

/// <summary>
/// Writes a brochure as one self-contained French HTML page, styled for screens and for A4 print
/// (Chromium prints it to PDF). Every text comes from organisers and is encoded: markup in a title
/// stays text, and control characters come out as character references.
/// </summary>
public static class BrochureHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Styles = """
        @page { size: A4; margin: 16mm 14mm 18mm; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1b1b1b; margin: 0 auto; max-width: 48rem; padding: 1rem; }
        header { border-bottom: 3pt solid #b5004b; margin-bottom: 1rem; padding-bottom: .5rem; }
        header .edition { text-transform: uppercase; letter-spacing: .08em; color: #b5004b; margin: 0; font-size: 9pt; }
        h1 { font-size: 22pt; margin: .2rem 0; }
        header p { margin: .15rem 0; }
        h2 { font-size: 14pt; color: #b5004b; border-bottom: 1pt solid #ccc; margin: 1.2rem 0 .4rem; break-after: avoid; }
        h2::first-letter { text-transform: uppercase; }
        article { break-inside: avoid; margin: 0 0 .8rem; }
        h3 { font-size: 11.5pt; margin: 0; }
        article p { margin: .15rem 0; }
        .time { font-weight: bold; margin: 0; }
        .status { font-weight: bold; color: #b5004b; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .6rem; margin: .2rem 0 0; }
        dt { color: #555; }
        dd { margin: 0; }
        footer { margin-top: 1.5rem; font-size: 8.5pt; color: #555; }
        @media print { body { max-width: none; padding: 0; } }
        """;

    public static string Render(BrochureContent content)
    {
        var cover = content.Cover;
        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Text(cover.Name)).Append(" – programme ").Append(cover.EditionYear).Append("</title>\n")
            .Append("<style>\n").Append(Styles).Append("</style>\n</head>\n<body>\n<header>\n")
            .Append("<p class=\"edition\">").Append(Text(cover.EditionName)).Append("</p>\n")
            .Append("<h1>").Append(Text(cover.Name)).Append("</h1>\n")
            .Append("<p class=\"period\">").Append(Text(Capitalised(FrenchText.Period(cover.StartsOn, cover.EndsOn)))).Append("</p>\n");
        if (cover.LocalTheme is { } localTheme)
        {
            html.Append("<p class=\"theme\">Thème local : <strong>").Append(Text(localTheme)).Append("</strong></p>\n");
        }

        if (cover.NationalTheme is { } nationalTheme)
        {
            html.Append("<p class=\"theme\">Thème national : ").Append(Text(nationalTheme)).Append("</p>\n");
        }

        html.Append("</header>\n<main>\n");
        if (content.Days.Count == 0)
        {
            html.Append("<p>Aucun événement n'est encore publié dans ce programme.</p>\n");
        }

        foreach (var day in content.Days)
        {
            html.Append("<section>\n<h2>").Append(Text(FrenchText.Day(day.Day))).Append("</h2>\n");
            foreach (var item in day.Items)
            {
                AppendItem(html, item);
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n<footer>\n<p>Programme coordonné par ").Append(Text(cover.CoordinatingActorName))
            .Append(". Les événements et leurs horaires sont ceux publiés sur le calendrier du festival.</p>\n</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendItem(StringBuilder html, BrochureItem item)
    {
        html.Append("<article>\n<p class=\"time\">").Append(Text(FrenchText.Times(item.StartsAt, item.EndsAt))).Append("</p>\n")
            .Append("<h3>").Append(Text(item.Title)).Append("</h3>\n");
        if (FrenchText.Status(item.Status) is { } status)
        {
            html.Append("<p class=\"status\">").Append(Text(status)).Append("</p>\n");
        }

        if (item.Summary is { } summary)
        {
            html.Append("<p>").Append(Text(summary)).Append("</p>\n");
        }

        html.Append("<dl>\n");
        if (item.Venue is { } venue)
        {
            AppendTerm(html, "Lieu", item.VenueAddress is { } address ? $"{venue}, {address}" : venue);
        }

        AppendTerm(html, "Organisé par", item.OrganiserName);
        if (item.Partners.Count > 0)
        {
            AppendTerm(html, item.Partners.Count == 1 ? "Partenaire" : "Partenaires", string.Join(", ", item.Partners));
        }

        if (item.Accessibility.Count > 0)
        {
            AppendTerm(html, "Accessibilité", string.Join(", ", item.Accessibility.Select(FrenchEventLabels.Accessibility)));
        }

        html.Append("</dl>\n</article>\n");
    }

    private static void AppendTerm(StringBuilder html, string term, string description) =>
        html.Append("<dt>").Append(Text(term)).Append("</dt><dd>").Append(Text(description)).Append("</dd>\n");

    private static string Text(string text) => Encoder.Encode(text);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
