using EventsCalendar.Data;
using EventsCalendar.Domain.Editions;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Programmes;
using EventsCalendar.Domain.Venues;
using EventsCalendar.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Territories;
using Ssi.DirectoryReplica;
using Ssi.ServiceDefaults.Time;

namespace EventsCalendar.Seeding;

/// <summary>
/// Writes <see cref="DemoCalendar"/>: the 2026 edition, its programmes, venues and published events,
/// announced to the other services like any publication. Seeding again adds only what is missing.
/// The organisers come from the directory's demo data through its integration events, so it
/// first waits until the calendar knows them all.
/// </summary>
public sealed class DemoCalendarSeeder(CalendarDbContext db, TimeProvider clock)
{
    public const string Source = "demo";
    private const string Author = "demo-data";

    /// <summary>How long the directory's demo organisers may take to reach the calendar on a busy start.</summary>
    public static readonly TimeSpan DefaultOrganiserWait = TimeSpan.FromMinutes(3);

    public async Task<DemoCalendarResult> SeedAsync(TimeSpan organiserWait, CancellationToken cancellationToken)
    {
        var organisers = await WaitForOrganisersAsync(organiserWait, cancellationToken);
        var now = clock.GetDatabaseNow();
        var edition = await db.Editions.SingleOrDefaultAsync(e => e.Year == DemoCalendar.Year, cancellationToken);
        if (edition is null)
        {
            edition = new Edition(DemoCalendar.Year, $"Festival des Solidarités {DemoCalendar.Year}", DemoCalendar.NationalStart, DemoCalendar.NationalEnd,
                "Agir ici pour un monde plus juste");
            db.Editions.Add(edition);
        }

        var programmes = new Dictionary<string, Programme>();
        foreach (var demo in DemoCalendar.Programmes)
        {
            var territory = TerritoryReference.TryParse(demo.Territory, out var reference) ? reference : throw new InvalidOperationException(demo.Territory);
            var programme = await db.Programmes.SingleOrDefaultAsync(
                p => p.EditionYear == edition.Year && p.TerritoryKind == territory.Kind && p.TerritoryCode == territory.Code, cancellationToken);
            if (programme is null)
            {
                var coordinatingActor = organisers[demo.CoordinatingActor];
                programme = db.Programmes.Add(new Programme(edition, territory, demo.Name, coordinatingActor, demo.LocalTheme,
                    demo.StartsOn, demo.EndsOn, demo.RequiresModeration, [demo.Coordinator], now)).Entity;
                db.AddIntegrationEvent(ProgrammeMessages.Declared(programme, edition, coordinatingActor, now));
            }

            programmes[demo.Territory] = programme;
        }

        var added = 0;
        foreach (var demo in DemoCalendar.Events)
        {
            var organiser = organisers[demo.Organiser];
            if (await db.Events.AnyAsync(e => e.OrganiserId == organiser.ActorId && e.ExternalSource == Source && e.ExternalId == demo.Key, cancellationToken))
            {
                continue;
            }

            var venue = await VenueAsync(demo.Venue, organiser, now, cancellationToken);
            var content = ContentOf(demo, organisers, venue, demo.Programme is null ? null : programmes[demo.Programme]);
            var calendarEvent = new CalendarEvent(organiser.ActorId, content, venue.Location, EventDescription.ToHtml(content.Description),
                new ExternalReference(Source, demo.Key), now);
            calendarEvent.Publish(now);
            db.Events.Add(calendarEvent);
            db.EventRevisions.Add(new EventRevision(calendarEvent.Id, calendarEvent.Revision, content, RevisionState.Applied, Author, now));
            db.AddIntegrationEvent(EventMessages.Published(calendarEvent, organiser, venue, [.. demo.Partners.Select(name => organisers[name])], now));
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new DemoCalendarResult(programmes.Count, added);
    }

    private async Task<Dictionary<string, DirectoryActor>> WaitForOrganisersAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        var names = DemoCalendar.Programmes.Select(p => p.CoordinatingActor)
            .Concat(DemoCalendar.Events.SelectMany(e => e.Partners.Append(e.Organiser)))
            .Distinct()
            .ToList();
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            var known = await db.Organisers.AsNoTracking().Where(o => names.Contains(o.Name) && o.IsActive).ToListAsync(cancellationToken);
            var missing = names.Except(known.Select(o => o.Name)).ToList();
            if (missing.Count == 0)
            {
                return known.GroupBy(o => o.Name).ToDictionary(group => group.Key, group => group.First());
            }

            if (clock.GetUtcNow() > deadline)
            {
                throw new DemoSeedingException(
                    $"the calendar does not know {string.Join(", ", missing)}: load the directory's demo data first (its integration events bring them here).");
            }

            await Task.Delay(TimeSpan.FromSeconds(2), clock, cancellationToken);
        }
    }

    private async Task<Venue> VenueAsync(DemoVenue demo, DirectoryActor organiser, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var identity = Venue.IdentityOf(demo.Name, demo.Address, organiser.Location.CommuneCode);
        return db.Venues.Local.SingleOrDefault(v => v.IdentityKey == identity)
            ?? await db.Venues.SingleOrDefaultAsync(v => v.IdentityKey == identity, cancellationToken)
            ?? db.Venues.Add(new Venue(demo.Name, demo.Address, demo.PostalCode, organiser.Location, null, [Accessibility.Wheelchair], null, null, Author, now)).Entity;
    }

    private static EventContent ContentOf(DemoEvent demo, Dictionary<string, DirectoryActor> organisers, Venue venue, Programme? programme)
    {
        var slots = demo.Slots.Select(slot =>
        {
            ParisTime.TryRead(slot.StartsAt, out var startsAt);
            ParisTime.TryRead(slot.EndsAt, out var endsAt);
            return new SlotTimes(null, startsAt, endsAt);
        }).ToList();
        return new EventContent(demo.Title, demo.Summary, demo.Description, demo.Kind, demo.Audiences, null, null, demo.Accessibility,
            AttendanceMode.InPerson, null, venue.Id, programme?.Id, [.. demo.Partners.Select(name => organisers[name].ActorId)], slots, demo.Themes,
            IsFree: true, null, Registration.None, null, null, ["fr"], EventStatus.Scheduled);
    }
}

public sealed record DemoCalendarResult(int Programmes, int EventsAdded);

public sealed class DemoSeedingException(string message) : Exception(message);
