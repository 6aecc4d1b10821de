using EventsCalendar.Data;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Territories;

namespace EventsCalendar.IntegrationEvents;

/// <summary>What the directory states about an actor, at one of its revisions.</summary>
internal sealed record OrganiserNews(Guid ActorId, long Revision, string Name, TerritoryLocation Location, bool IsActive, DateTimeOffset StatedAt)
{
    /// <remarks>News from before the directory sent every level may lack the department (read from the commune code) or the region.</remarks>
    public static TerritoryLocation Locate(string communeCode, string? epciCode, string? departmentCode, string? regionCode) =>
        new(communeCode, epciCode, departmentCode ?? CommuneCode.DepartmentOf(communeCode), regionCode ?? "");
}

/// <summary>Records what the directory states about an actor, creating the organiser on first news.</summary>
internal static class OrganiserDirectory
{
    /// <remarks>
    /// One conditional statement, so that news consumed in parallel or out of order (an update
    /// before the registration, a late archive) leaves the highest revision in place: deciding in
    /// memory would let the slower of two consumers overwrite the newer state. Equal revisions
    /// (news from before revisions existed carry 0) fall back to the directory's time.
    /// </remarks>
    public static Task RecordAsync(CalendarDbContext db, OrganiserNews news, CancellationToken cancellationToken)
    {
        var location = news.Location;
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO organisers (actor_id, revision, name, commune_code, epci_code, department_code, region_code, is_active, updated_at)
            VALUES ({news.ActorId}, {news.Revision}, {news.Name}, {location.CommuneCode}, {location.EpciCode}, {location.DepartmentCode},
                    {location.RegionCode}, {news.IsActive}, {news.StatedAt.ToUniversalTime()})
            ON CONFLICT (actor_id) DO UPDATE
               SET revision = excluded.revision, name = excluded.name, commune_code = excluded.commune_code, epci_code = excluded.epci_code,
                   department_code = excluded.department_code, region_code = excluded.region_code,
                   is_active = excluded.is_active, updated_at = excluded.updated_at
             WHERE (organisers.revision, organisers.updated_at) < (excluded.revision, excluded.updated_at)
            """, cancellationToken);
    }
}
