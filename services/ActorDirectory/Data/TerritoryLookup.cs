using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Territories;
using Microsoft.EntityFrameworkCore;

namespace ActorDirectory.Data;

/// <summary>Resolves a commune code to the territories above it, from the imported reference.</summary>
public sealed class TerritoryLookup(DirectoryDbContext db)
{
    /// <returns>Null when no commune has that code.</returns>
    public async Task<ActorLocation?> LocateCommuneAsync(string communeCode, CancellationToken cancellationToken)
    {
        var commune = await db.Territories.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Kind == TerritoryKind.Commune && t.Code == communeCode, cancellationToken);
        return commune is null
            ? null
            : new ActorLocation(commune.Code, commune.EpciCode, commune.DepartmentCode ?? "", commune.RegionCode ?? "");
    }
}
