using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublicSite.Apis;
using PublicSite.Caching;

namespace PublicSite.Pages;

[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.DirectoryTag, PageCache.CalendarTag])]
public sealed class ActorModel(DirectoryApi directory, CalendarApi calendar) : PageModel
{
    private const int EventCount = 20;

    /// <summary>Without an edition, the events of the last weeks stay on the page, as an edition would keep them.</summary>
    private static readonly TimeSpan RecentEvents = TimeSpan.FromDays(60);

    public Actor Actor { get; private set; } = null!;

    /// <summary>Only the contacts the actor made public: the directory shows nothing else to anonymous readers.</summary>
    public IReadOnlyList<Contact> Contacts { get; private set; } = [];

    public IReadOnlyList<CalendarEvent> Events { get; private set; } = [];

    public DateTimeOffset From { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        From = await EventsSinceAsync(cancellationToken);
        var contacts = directory.PublicContactsAsync(id, cancellationToken);
        var events = calendar.EventsAsync(new EventQuery(null, From: From, Organiser: id), EventCount, null, cancellationToken);
        if (await directory.ActorAsync(id, cancellationToken) is not { } actor)
        {
            return NotFound();
        }

        Actor = actor;
        Contacts = await contacts;
        Events = (await events).Items;
        return Page();
    }

    /// <summary>The actor's events shown: those of the current edition and after.</summary>
    private async Task<DateTimeOffset> EventsSinceAsync(CancellationToken cancellationToken) =>
        await calendar.CurrentEditionAsync(cancellationToken) is { } edition
            ? Ssi.ServiceDefaults.Time.ParisTime.StartOf(edition.StartsOn)
            : DateTimeOffset.UtcNow - RecentEvents;
}
