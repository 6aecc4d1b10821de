using System.Text.Json.Nodes;

namespace PublicSite.Site;

/// <summary>The calendar's schema.org document of an event, as the site's event page embeds it.</summary>
public static class EventJsonLd
{
    /// <summary>
    /// Names the site's page as the event's address (the calendar names its API resource), each
    /// slot as a fragment of it. The result is safe inside a script element: the serializer
    /// escapes "&lt;", so no "&lt;/script&gt;" in a title can end it.
    /// </summary>
    public static string ForPage(string calendarDocument, string pageUrl)
    {
        var document = JsonNode.Parse(calendarDocument)!.AsObject();
        document["@id"] = pageUrl;
        document["url"] = pageUrl;
        if (document["subEvent"] is JsonArray slots)
        {
            foreach (var slot in slots.OfType<JsonObject>())
            {
                var fragment = slot["@id"]?.GetValue<string>() is { } id && id.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? id[hash..] : "";
                slot["@id"] = pageUrl + fragment;
                slot["url"] = pageUrl;
            }
        }

        return document.ToJsonString();
    }
}
