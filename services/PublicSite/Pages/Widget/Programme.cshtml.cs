using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublicSite.Apis;
using PublicSite.Caching;
using PublicSite.Site;
using Ssi.ServiceDefaults.Territories;

namespace PublicSite.Pages.Widget;

/// <summary>The programme as a city website frames it: the next events, compact, in the city's colour.</summary>
[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.CalendarTag, PageCache.DirectoryTag])]
public sealed class WidgetProgrammeModel(DirectoryApi directory, CalendarApi calendar) : PageModel
{
    private const int EventCount = 20;

    public Territory Place { get; private set; } = null!;

    public TerritoryReference Territory { get; private set; } = null!;

    public string Colour { get; private set; } = WidgetOptions.DefaultColour;

    public IReadOnlyList<ProgrammeDay> Days { get; private set; } = [];

    public DateTimeOffset? From { get; private set; }

    public bool HasMore { get; private set; }

    public string SiteUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string kind, string code, string? couleur, CancellationToken cancellationToken)
    {
        if (TerritoryLabels.Read(kind, code) is not { } territory)
        {
            return NotFound();
        }

        Territory = territory;
        Colour = WidgetOptions.ReadColour(couleur);
        var filters = ProgrammeFilters.Read(Request.Query);
        var place = directory.TerritoryAsync(territory, cancellationToken);
        var query = filters.ToQuery(territory, await calendar.CurrentEditionAsync(cancellationToken));
        if (await place is not { } found)
        {
            return NotFound();
        }

        Place = found;
        From = query.From;
        var page = await calendar.EventsAsync(query, EventCount, null, cancellationToken);
        Days = ProgrammeDay.Of(page.Items, From);
        HasMore = page.NextCursor is not null;
        SiteUrl = $"{Request.Scheme}://{Request.Host}";
        return Page();
    }
}
