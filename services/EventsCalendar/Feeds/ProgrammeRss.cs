using System.Globalization;
using System.Text;
using System.Xml;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Programmes;
using Ssi.ServiceDefaults.Time;

namespace EventsCalendar.Feeds;

/// <summary>A programme as an RSS 2.0 feed in French, newest publications first, for readers and city websites.</summary>
public static class ProgrammeRss
{
    public const string MediaType = "application/rss+xml";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Write(Programme programme, Uri programmePage, IEnumerable<PublishedEvent> events)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", programme.Name);
            xml.WriteElementString("link", programmePage.ToString());
            xml.WriteElementString("description", programme.LocalTheme is null
                ? $"Le programme du Festival des Solidarités {programme.EditionYear}."
                : $"Le programme du Festival des Solidarités {programme.EditionYear} : {programme.LocalTheme}.");
            xml.WriteElementString("language", "fr-FR");
            foreach (var published in events.OrderByDescending(published => published.Event.PublishedAt))
            {
                WriteItem(xml, published);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        // XmlWriter declares the StringBuilder's UTF-16; the feed is served as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void WriteItem(XmlWriter xml, PublishedEvent published)
    {
        var e = published.Event;
        xml.WriteStartElement("item");
        xml.WriteElementString("title", e.Status == EventStatus.Cancelled ? $"Annulé : {e.Title}" : e.Title);
        xml.WriteElementString("link", published.Page.ToString());
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString($"{e.Id}#{e.Sequence}");
        xml.WriteEndElement();
        xml.WriteElementString("category", FrenchLabels.Of(e.Kind));
        xml.WriteElementString("description", Describe(published));
        xml.WriteElementString("pubDate", (e.PublishedAt ?? e.UpdatedAt).ToUniversalTime().ToString("r", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static string Describe(PublishedEvent published)
    {
        var e = published.Event;
        var times = string.Join(" ; ", published.ActiveSlots.Select(slot =>
            ParisTime.ToParis(slot.StartsAt).ToString("dddd d MMMM yyyy 'à' HH'h'mm", French)));
        var parts = new[] { times, published.Place, e.Summary, published.Organiser is null ? null : $"Organisé par {published.Organiser.Name}." };
        return string.Join(" — ", parts.Where(part => !string.IsNullOrWhiteSpace(part)));
    }
}
