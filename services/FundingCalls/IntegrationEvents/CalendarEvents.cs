using FundingCalls.Data;
using Microsoft.EntityFrameworkCore;

namespace FundingCalls.IntegrationEvents;

/// <summary>What the calendar states about one of its events, at one of its sequences.</summary>
internal sealed record CalendarEventNews(
    Guid EventId, Guid OrganiserId, IReadOnlyList<Guid> PartnerIds, string Title, string CommuneCode,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool IsCancelled, int Sequence, DateTimeOffset StatedAt);

/// <summary>Records the calendar's news of its events, newest sequence winning; a cancellation is final.</summary>
internal static class CalendarEvents
{
    public static Task RecordAsync(FundingDbContext db, CalendarEventNews news, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO calendar_events (event_id, organiser_id, partner_ids, title, commune_code, starts_at, ends_at, is_cancelled, sequence, updated_at)
            VALUES ({news.EventId}, {news.OrganiserId}, {news.PartnerIds.ToArray()}, {news.Title}, {news.CommuneCode}, {news.StartsAt.ToUniversalTime()},
                    {news.EndsAt.ToUniversalTime()}, {news.IsCancelled}, {news.Sequence}, {news.StatedAt.ToUniversalTime()})
            ON CONFLICT (event_id) DO UPDATE
               SET organiser_id = excluded.organiser_id, partner_ids = excluded.partner_ids, title = excluded.title,
                   commune_code = excluded.commune_code, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
                   is_cancelled = calendar_events.is_cancelled OR excluded.is_cancelled, sequence = excluded.sequence, updated_at = excluded.updated_at
             WHERE (calendar_events.sequence, calendar_events.updated_at) < (excluded.sequence, excluded.updated_at)
            """, cancellationToken);

    /// <summary>Marks the event cancelled whatever its sequence, creating it when the publication is still on its way.</summary>
    public static Task CancelAsync(FundingDbContext db, CalendarEventNews news, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO calendar_events (event_id, organiser_id, partner_ids, title, commune_code, starts_at, ends_at, is_cancelled, sequence, updated_at)
            VALUES ({news.EventId}, {news.OrganiserId}, {news.PartnerIds.ToArray()}, {news.Title}, {news.CommuneCode}, {news.StartsAt.ToUniversalTime()},
                    {news.EndsAt.ToUniversalTime()}, TRUE, {news.Sequence}, {news.StatedAt.ToUniversalTime()})
            ON CONFLICT (event_id) DO UPDATE SET is_cancelled = TRUE
            """, cancellationToken);
}
