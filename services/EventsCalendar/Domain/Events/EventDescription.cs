using Ganss.Xss;
using Markdig;

namespace EventsCalendar.Domain.Events;

/// <summary>
/// An organiser's Markdown made safe to show: raw HTML in it is escaped by Markdig, and what
/// Markdown itself produces (links, images) goes through an allow-list sanitizer, so no script,
/// event handler or <c>javascript:</c> link ever reaches a reader.
/// </summary>
public static class EventDescription
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UsePipeTables()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string? ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline)).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["https", "http", "mailto", "tel"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.ExceptWith(["form", "input", "button", "select", "textarea", "iframe"]);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement link)
            {
                link.SetAttribute("rel", "nofollow noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
