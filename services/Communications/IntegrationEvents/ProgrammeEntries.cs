using Communications.Data;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.EventsCalendar;

namespace Communications.IntegrationEvents;

/// <summary>
/// Writes the programme entries and counts the changes of the brochures they appear in, in the
/// consumer's inbox transaction. Each write is one conditional statement, so that updates and
/// cancellations consumed in parallel or out of order leave the newest statement in place.
/// </summary>
public sealed class ProgrammeEntries(CommunicationsDbContext db)
{
    public async Task RecordAsync(EntryNews news, CancellationToken cancellationToken)
    {
        var previousProgramme = await ProgrammeOfAsync(news.EventId, cancellationToken);
        var slotStarts = news.Slots.Select(slot => slot.StartsAt.ToUniversalTime()).ToArray();
        var slotEnds = news.Slots.Select(slot => slot.EndsAt.ToUniversalTime()).ToArray();
        var venueAddress = news.Place is { } place ? string.Join(", ", new[] { place.Address, place.PostalCode }.Where(part => !string.IsNullOrWhiteSpace(part))) : null;
        var changed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO programme_entries (event_id, territory_code, programme_id, title, summary, organiser_name, venue, venue_name, venue_address,
                                           status, accessibility, partners, slot_starts, slot_ends, starts_at, ends_at, published_at, stated_at)
            VALUES ({news.EventId}, {news.TerritoryCode}, {news.ProgrammeId}, {news.Title}, {news.Summary}, {news.OrganiserName}, {news.Venue},
                    {news.Place?.Name}, {venueAddress}, {news.Status}, {news.Accessibility.ToArray()}, {news.Partners.ToArray()}, {slotStarts}, {slotEnds},
                    {news.StartsAt.ToUniversalTime()}, {news.EndsAt.ToUniversalTime()}, {news.StatedAt.ToUniversalTime()}, {news.StatedAt.ToUniversalTime()})
            ON CONFLICT (event_id) DO UPDATE
               SET territory_code = excluded.territory_code, programme_id = excluded.programme_id, title = excluded.title, summary = excluded.summary,
                   organiser_name = excluded.organiser_name, venue = excluded.venue, venue_name = excluded.venue_name,
                   venue_address = excluded.venue_address, status = excluded.status, accessibility = excluded.accessibility,
                   partners = excluded.partners, slot_starts = excluded.slot_starts, slot_ends = excluded.slot_ends, starts_at = excluded.starts_at,
                   ends_at = excluded.ends_at, published_at = LEAST(programme_entries.published_at, excluded.published_at), stated_at = excluded.stated_at
             WHERE programme_entries.stated_at < excluded.stated_at
            """, cancellationToken);
        if (changed > 0)
        {
            await CountChangeAsync([previousProgramme, news.ProgrammeId], cancellationToken);
        }
    }

    /// <remarks>
    /// A cancellation that overtakes the publication leaves a row stating only the cancellation,
    /// as of its own time, so that the older publication arriving next cannot list the event again.
    /// </remarks>
    public async Task CancelAsync(EventCancelled message, CancellationToken cancellationToken)
    {
        var cancelledAt = message.OccurredAt.ToUniversalTime();
        var startsAt = message.StartsAt.ToUniversalTime();
        var changed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO programme_entries (event_id, territory_code, title, organiser_name, status, accessibility, partners, slot_starts, slot_ends,
                                           starts_at, ends_at, published_at, stated_at, cancelled_at)
            VALUES ({message.EventId}, {message.TerritoryCode}, {StorableText.Of(message.Title)}, '', 'cancelled', ARRAY[]::text[], ARRAY[]::text[],
                    ARRAY[]::timestamptz[], ARRAY[]::timestamptz[],
                    {startsAt}, {startsAt}, {cancelledAt}, {cancelledAt}, {cancelledAt})
            ON CONFLICT (event_id) DO UPDATE SET cancelled_at = excluded.cancelled_at
             WHERE programme_entries.cancelled_at IS NULL OR programme_entries.cancelled_at < excluded.cancelled_at
            """, cancellationToken);
        if (changed > 0)
        {
            await CountChangeAsync([await ProgrammeOfAsync(message.EventId, cancellationToken)], cancellationToken);
        }
    }

    /// <summary>A programme's own description changed: its brochure too.</summary>
    public Task CountChangeAsync(Guid programmeId, CancellationToken cancellationToken) => CountChangeAsync([programmeId], cancellationToken);

    private Task<Guid?> ProgrammeOfAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.ProgrammeEntries.Where(entry => entry.EventId == eventId).Select(entry => entry.ProgrammeId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Tells the renderer that these programmes' brochures no longer show their content (an event may leave one programme for another).</summary>
    private async Task CountChangeAsync(Guid?[] programmeIds, CancellationToken cancellationToken)
    {
        var ids = programmeIds.OfType<Guid>().Distinct().ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO brochures (programme_id, changes, rendered_changes)
            SELECT id, 1, 0 FROM unnest({ids}) AS id
            ON CONFLICT (programme_id) DO UPDATE SET changes = brochures.changes + 1
            """, cancellationToken);
    }
}
