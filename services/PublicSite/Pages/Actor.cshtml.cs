using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublicSite.Apis;
using PublicSite.Caching;

namespace PublicSite.Pages;

[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.DirectoryTag, PageCache.CalendarTag])]
public sealed class ActorModel(DirectoryApi directory, CalendarApi calendar) : PageModel
{
    private const int EventCount = 20;

    public Actor Actor { get; private set; } = null!;

    /// <summary>Only the contacts the actor made public: the directory shows nothing else to anonymous readers.</summary>
    public IReadOnlyList<Contact> Contacts { get; private set; } = [];

    public IReadOnlyList<CalendarEvent> Events { get; private set; } = [];

    public DateTimeOffset From { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        From = DateTimeOffset.UtcNow.AddDays(-1);
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
}
