using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Territories;

namespace EventsCalendar.Endpoints;

/// <summary>
/// Finds, among the submitted and published events that still take place, those an event
/// competes with in its territory (its programme's, or its commune when it has none) and those
/// booked in its venue at the same times.
/// </summary>
internal static class OverlapFinder
{
    public static async Task<OverlapReport> FindAsync(CalendarEvent calendarEvent, Programme? programme, CalendarDbContext db, CancellationToken cancellationToken)
    {
        if (calendarEvent.Status == EventStatus.Cancelled)
        {
            return OverlapReport.None;
        }

        var territory = programme?.Territory ?? new TerritoryReference(TerritoryKind.Commune, calendarEvent.Location.CommuneCode);
        var (id, venueId, start, end) = (calendarEvent.Id, calendarEvent.VenueId, calendarEvent.StartsAt, calendarEvent.EndsAt);
        var sameTimes = db.Events.AsNoTracking()
            .Where(e => e.Id != id && (e.Moderation == ModerationState.Submitted || e.Moderation == ModerationState.Published)
                && e.Status != EventStatus.Cancelled && e.StartsAt < end && e.EndsAt > start);
        var inTerritory = await sameTimes.Where(territory.Includes<CalendarEvent>(e => e.Location)).Take(500).ToListAsync(cancellationToken);
        var inVenue = venueId is null ? [] : await sameTimes.Where(e => e.VenueId == venueId).Take(500).ToListAsync(cancellationToken);

        var competing = inTerritory.Where(other => Complementarity.Compete(calendarEvent, other) && Complementarity.Overlap(calendarEvent, other)).ToList();
        var conflicts = inVenue.Where(other => Complementarity.Overlap(calendarEvent, other)).ToList();
        var references = await EventReferences.LoadAsync([.. competing, .. conflicts], db, cancellationToken);

        OverlappingEvent Describe(CalendarEvent other) => new(
            other.Id, other.Title, EventViews.ActorOf(other.OrganiserId, references), other.Kind, other.Moderation,
            other.Slots.Where(slot => !slot.IsCancelled && calendarEvent.Slots.Any(mine => !mine.IsCancelled && mine.StartsAt < slot.EndsAt && slot.StartsAt < mine.EndsAt))
                .OrderBy(slot => slot.StartsAt).Select(SlotResponse.From).ToList());

        return new OverlapReport(competing.Select(Describe).ToList(), conflicts.Select(Describe).ToList());
    }
}
