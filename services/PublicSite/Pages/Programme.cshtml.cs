using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublicSite.Apis;
using PublicSite.Caching;
using PublicSite.Site;
using Ssi.ServiceDefaults.Territories;

namespace PublicSite.Pages;

[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.CalendarTag, PageCache.DirectoryTag])]
public sealed class ProgrammeModel(DirectoryApi directory, CalendarApi calendar) : PageModel
{
    private const int ListPageSize = 50;
    private const int MapPageSize = 200;
    private const int CursorMaxLength = 200;

    public Territory Place { get; private set; } = null!;

    public TerritoryReference Territory { get; private set; } = null!;

    public Edition? Edition { get; private set; }

    public Programme? Programme { get; private set; }

    public ProgrammeFilters Filters { get; private set; } = null!;

    public bool MapView { get; private set; }

    public IReadOnlyList<ProgrammeDay> Days { get; private set; } = [];

    public IReadOnlyList<MapVenue> Venues { get; private set; } = [];

    public bool IsFollowingPage { get; private set; }

    public string? NextPage { get; private set; }

    /// <summary>The iCalendar feed of what this page lists: the declared programme's, or the territory's events.</summary>
    public string FeedUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string kind, string code, string? vue, string? suite, CancellationToken cancellationToken)
    {
        if (TerritoryLabels.Read(kind, code) is not { } territory)
        {
            return NotFound();
        }

        Territory = territory;
        Filters = ProgrammeFilters.Read(Request.Query);
        MapView = vue switch
        {
            null or "" or "liste" => false,
            "carte" => true,
            _ => throw new InvalidRequestException("La vue demandée n'existe pas : choisissez « liste » ou « carte »."),
        };
        if (suite is { Length: > CursorMaxLength })
        {
            throw new InvalidRequestException("Le lien vers la page suivante est abîmé : revenez au début du programme.");
        }

        var place = directory.TerritoryAsync(territory, cancellationToken);
        Edition = await calendar.CurrentEditionAsync(cancellationToken);
        if (await place is not { } found)
        {
            return NotFound();
        }

        Place = found;
        var query = Filters.ToQuery(territory, Edition);
        var events = calendar.EventsAsync(query, MapView ? MapPageSize : ListPageSize, suite, cancellationToken);
        Programme = Edition is null ? null : await calendar.ProgrammeOfAsync(Edition.Year, territory, cancellationToken);
        var page = await events;

        Days = ProgrammeDay.Of(page.Items, query.From);
        Venues = MapView ? MapVenue.Of(page.Items) : [];
        IsFollowingPage = suite is not null;
        NextPage = page.NextCursor is { } next ? Filters.ToQueryString(("vue", MapView ? "carte" : null), ("suite", next)) : null;
        var site = $"{Request.Scheme}://{Request.Host}";
        FeedUrl = Programme is { } programme
            ? $"{site}/api/calendar/programmes/{programme.Id}/calendar.ics"
            : $"{site}/api/calendar/events/calendar.ics?territory={Uri.EscapeDataString(territory.ToString())}";
        return Page();
    }
}
