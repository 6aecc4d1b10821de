using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublicSite.Apis;
using PublicSite.Caching;

namespace PublicSite.Pages;

[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.CalendarTag])]
public sealed class EventModel(CalendarApi calendar) : PageModel
{
    public CalendarEvent Event { get; private set; } = null!;

    /// <summary>The calendar's schema.org document, embedded for search engines.</summary>
    public string? JsonLd { get; private set; }

    public string PageUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var jsonLd = calendar.EventJsonLdAsync(id, cancellationToken);
        if (await calendar.EventAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Event = found;
        JsonLd = await jsonLd;
        PageUrl = $"{Request.Scheme}://{Request.Host}/evenements/{id}";
        return Page();
    }
}
