using Microsoft.AspNetCore.Mvc;
using PublicSite.Apis;
using PublicSite.Site;
using Ssi.ServiceDefaults.Territories;

namespace PublicSite.Pages;

/// <summary>Generates the widget's snippet for a city website, with a preview, from a form that works without scripts.</summary>
public sealed class EmbedModel(DirectoryApi directory) : PageModel
{
    public string? TerritoryText { get; private set; }

    public ProgrammeFilters Filters { get; private set; } = null!;

    public string Colour { get; private set; } = WidgetOptions.DefaultColour;

    public Territory? Place { get; private set; }

    public string? Problem { get; private set; }

    public string ScriptSnippet { get; private set; } = "";

    public string FrameSnippet { get; private set; } = "";

    public string FrameUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? territoire, string? couleur, CancellationToken cancellationToken)
    {
        Filters = ProgrammeFilters.Read(Request.Query);
        Colour = WidgetOptions.ReadColour(couleur);
        TerritoryText = territoire?.Trim();
        if (string.IsNullOrEmpty(TerritoryText))
        {
            return Page();
        }

        if (!TerritoryReference.TryRead(TerritoryText, out var territory) || await directory.TerritoryAsync(territory, cancellationToken) is not { } place)
        {
            Problem = "Ce territoire est inconnu. Écrivez son type et son code, par exemple commune:64129 (Billère) ou department:64.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Place = place;
        var site = $"{Request.Scheme}://{Request.Host}";
        var options = new List<(string Name, string? Value)>
        {
            ("territoire", territory.ToString()),
            ("du", Filters.From?.ToString("yyyy-MM-dd")),
            ("au", Filters.To?.ToString("yyyy-MM-dd")),
            ("type", Filters.Kind),
            ("couleur", Colour == WidgetOptions.DefaultColour ? null : Colour),
        };
        var title = $"Programme du Festival des Solidarités : {place.Name}";
        var attributes = string.Concat(options.Where(option => option.Value is not null)
            .Select(option => $" data-{option.Name}=\"{AttributeValue(option.Value!)}\"")
            .Append($" data-titre=\"{AttributeValue(title)}\""));
        ScriptSnippet = $"<script src=\"{site}/widget.js\"{attributes} async></script>";
        FrameUrl = $"{site}{WidgetPaths.Frame}/programme/{TerritoryLabels.Route(territory)}"
            + QueryString.Create(options.Skip(1).Where(option => option.Value is not null).Select(option => new KeyValuePair<string, string?>(option.Name, option.Value))).ToUriComponent();
        FrameSnippet = $"<iframe src=\"{FrameUrl}\" title=\"{AttributeValue(title)}\" width=\"100%\" height=\"600\" style=\"border:0\" loading=\"lazy\"></iframe>";
        return Page();
    }

    /// <summary>A value inside a double-quoted attribute of the snippet, accents kept as the city's editor will read them.</summary>
    private static string AttributeValue(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
