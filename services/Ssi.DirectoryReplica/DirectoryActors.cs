using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;

namespace Ssi.DirectoryReplica;

/// <summary>Writes the service's copy of the directory's actors and collective memberships, in the service's own database.</summary>
public sealed class DirectoryActors(DbContext db)
{
    /// <summary>Records what the directory states about an actor, creating it on first news.</summary>
    /// <remarks>
    /// One conditional statement, so that news consumed in parallel or out of order (an update
    /// before the registration, a late archive) leaves the highest revision in place: deciding in
    /// memory would let the slower of two consumers overwrite the newer state. Equal revisions
    /// (news from before revisions existed carry 0) fall back to the directory's time.
    /// </remarks>
    public Task RecordAsync(ActorNews news, CancellationToken cancellationToken)
    {
        var location = news.Location;
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO directory_actors (actor_id, revision, name, kind, commune_code, epci_code, department_code, region_code, is_active, siret, rna,
                                          themes, public_email, updated_at)
            VALUES ({news.ActorId}, {news.Revision}, {news.Name}, {news.Kind}, {location.CommuneCode}, {location.EpciCode}, {location.DepartmentCode},
                    {location.RegionCode}, {news.IsActive}, {news.Siret}, {news.Rna}, {news.Themes.ToArray()}, {news.PublicEmail}, {news.StatedAt.ToUniversalTime()})
            ON CONFLICT (actor_id) DO UPDATE
               SET revision = excluded.revision, name = excluded.name, kind = excluded.kind, commune_code = excluded.commune_code,
                   epci_code = excluded.epci_code, department_code = excluded.department_code, region_code = excluded.region_code,
                   is_active = excluded.is_active, siret = CASE WHEN {news.StatesIdentifiers} THEN excluded.siret ELSE directory_actors.siret END,
                   rna = CASE WHEN {news.StatesIdentifiers} THEN excluded.rna ELSE directory_actors.rna END,
                   themes = CASE WHEN {news.StatesIdentifiers} THEN excluded.themes ELSE directory_actors.themes END,
                   public_email = CASE WHEN {news.StatesIdentifiers} THEN excluded.public_email ELSE directory_actors.public_email END,
                   updated_at = excluded.updated_at
             WHERE (directory_actors.revision, directory_actors.updated_at) < (excluded.revision, excluded.updated_at)
            """, cancellationToken);
    }

    /// <summary>Records an actor joining or leaving a collective, newest news winning; citizens' memberships (no actor) are not kept.</summary>
    public Task RecordMembershipAsync(CollectiveMembershipChanged news, CancellationToken cancellationToken)
    {
        if (news.ActorId is not { } actorId)
        {
            return Task.CompletedTask;
        }

        var active = news.Change != "left";
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO collective_memberships (member_id, collective_id, actor_id, is_active, updated_at)
            VALUES ({news.MemberId}, {news.CollectiveId}, {actorId}, {active}, {news.OccurredAt.ToUniversalTime()})
            ON CONFLICT (member_id) DO UPDATE SET is_active = excluded.is_active, updated_at = excluded.updated_at
             WHERE collective_memberships.updated_at < excluded.updated_at
            """, cancellationToken);
    }
}
