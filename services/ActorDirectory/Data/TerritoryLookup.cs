using System.Text.RegularExpressions;
using ActorDirectory.Domain;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Territories;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Text;

namespace ActorDirectory.Data;

/// <summary>Reads the imported territory reference: lookups, the hierarchy both ways, and search by code or name.</summary>
public sealed partial class TerritoryLookup(DirectoryDbContext db)
{
    /// <returns>Null when no commune has that code.</returns>
    public async Task<TerritoryLocation?> LocateCommuneAsync(string communeCode, CancellationToken cancellationToken)
    {
        var commune = await db.Territories.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Kind == TerritoryKind.Commune && t.Code == communeCode, cancellationToken);
        return commune?.ToLocation();
    }

    /// <summary>Whether the reference names a known territory (a well-formed code may still be unknown).</summary>
    public Task<bool> ExistsAsync(TerritoryReference reference, CancellationToken cancellationToken) =>
        db.Territories.AnyAsync(t => t.Kind == reference.Kind && t.Code == reference.Code, cancellationToken);

    public Task<Territory?> FindAsync(TerritoryReference reference, CancellationToken cancellationToken) =>
        db.Territories.AsNoTracking().SingleOrDefaultAsync(t => t.Kind == reference.Kind && t.Code == reference.Code, cancellationToken);

    /// <summary>One page of the communes of an EPCI, a department or a region, by code, after <paramref name="afterCode"/>.</summary>
    public Task<List<Territory>> ListCommunesAsync(TerritoryReference parent, string? afterCode, int count, CancellationToken cancellationToken)
    {
        var communes = db.Territories.AsNoTracking().Where(t => t.Kind == TerritoryKind.Commune);
        communes = parent.Kind switch
        {
            TerritoryKind.Epci => communes.Where(t => t.EpciCode == parent.Code),
            TerritoryKind.Department => communes.Where(t => t.DepartmentCode == parent.Code),
            TerritoryKind.Region => communes.Where(t => t.RegionCode == parent.Code),
            _ => throw new ArgumentException("Only an EPCI, a department or a region has communes.", nameof(parent)),
        };
        if (afterCode is not null)
        {
            communes = communes.Where(t => string.Compare(t.Code, afterCode) > 0);
        }

        return communes.OrderBy(t => t.Code).Take(count).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The territories above each of <paramref name="territories"/>, nearest first: a commune's
    /// EPCI, department and region; a department's region; the departments, then the regions, that
    /// an EPCI's communes lie in (an EPCI may straddle several).
    /// </summary>
    public async Task<Dictionary<TerritoryReference, List<Territory>>> FindParentsAsync(IReadOnlyCollection<Territory> territories, CancellationToken cancellationToken)
    {
        var epciCodes = territories.Where(t => t.Kind == TerritoryKind.Epci).Select(t => t.Code).ToList();
        var epciAreas = epciCodes.Count == 0
            ? []
            : await db.Territories.AsNoTracking()
                .Where(t => t.Kind == TerritoryKind.Commune && t.EpciCode != null && epciCodes.Contains(t.EpciCode))
                .Select(t => new { Epci = t.EpciCode!, Department = t.DepartmentCode, Region = t.RegionCode })
                .Distinct()
                .ToListAsync(cancellationToken);

        IEnumerable<TerritoryReference> ParentsOf(Territory territory) => territory.Kind switch
        {
            TerritoryKind.Commune => Known(
                (TerritoryKind.Epci, territory.EpciCode), (TerritoryKind.Department, territory.DepartmentCode), (TerritoryKind.Region, territory.RegionCode)),
            TerritoryKind.Department => Known((TerritoryKind.Region, territory.RegionCode)),
            TerritoryKind.Epci => epciAreas.Where(area => area.Epci == territory.Code)
                .SelectMany(area => Known((TerritoryKind.Department, area.Department), (TerritoryKind.Region, area.Region)))
                .Distinct()
                .OrderBy(parent => parent.Kind == TerritoryKind.Region)
                .ThenBy(parent => parent.Code, StringComparer.Ordinal),
            _ => [],
        };

        var parentsByChild = territories.DistinctBy(t => t.ToReference()).ToDictionary(t => t.ToReference(), t => ParentsOf(t).ToList());
        var wanted = parentsByChild.Values.SelectMany(parents => parents).Distinct().ToList();
        var codesOf = (TerritoryKind kind) => wanted.Where(parent => parent.Kind == kind).Select(parent => parent.Code).ToList();
        var (epcis, departments, regions) = (codesOf(TerritoryKind.Epci), codesOf(TerritoryKind.Department), codesOf(TerritoryKind.Region));
        var found = wanted.Count == 0
            ? []
            : await db.Territories.AsNoTracking()
                .Where(t => (t.Kind == TerritoryKind.Epci && epcis.Contains(t.Code))
                    || (t.Kind == TerritoryKind.Department && departments.Contains(t.Code))
                    || (t.Kind == TerritoryKind.Region && regions.Contains(t.Code)))
                .ToDictionaryAsync(t => t.ToReference(), cancellationToken);

        return parentsByChild.ToDictionary(
            child => child.Key,
            child => child.Value.Where(found.ContainsKey).Select(parent => found[parent]).ToList());
    }

    /// <summary>
    /// Territories found by <paramref name="text"/> as a code (<see cref="SearchCodesAsync"/>), then
    /// by name (<see cref="SearchNamesAsync"/>).
    /// </summary>
    public async Task<List<Territory>> SearchAsync(string text, TerritoryKind? kind, int count, CancellationToken cancellationToken)
    {
        var byCode = await SearchCodesAsync(text, kind, count, cancellationToken);
        if (byCode.Count == count)
        {
            return byCode;
        }

        var byName = await SearchNamesAsync(text, kind, count, cancellationToken);
        var found = byCode.Select(territory => territory.ToReference()).ToHashSet();
        return byCode.Concat(byName.Where(territory => !found.Contains(territory.ToReference()))).Take(count).ToList();
    }

    /// <summary>
    /// Territories whose code is <paramref name="text"/>, read by its shape as
    /// <see cref="TerritoryReference.TryRead"/> does (5 characters a commune, 9 digits an EPCI,
    /// 2 or 3 characters a department, or an explicit <c>kind:code</c>), and, for 5 digits, the
    /// communes with that postal code (64140: Billère and Lons), the most populous first.
    /// </summary>
    private Task<List<Territory>> SearchCodesAsync(string text, TerritoryKind? kind, int count, CancellationToken cancellationToken)
    {
        text = text.Trim();
        var reference = TerritoryReference.TryRead(text, out var read) ? read : null;
        var postalCode = PostalCode().IsMatch(text) ? text : null;
        if (reference is null && postalCode is null)
        {
            return Task.FromResult(new List<Territory>());
        }

        var (codeKind, code) = (reference?.Kind.ToString(), reference?.Code);
        var kindName = kind?.ToString();
        var commune = nameof(TerritoryKind.Commune);
        return db.Territories.FromSql($"""
                SELECT t.* FROM territories t
                WHERE ({kindName}::text IS NULL OR t.kind = {kindName})
                  AND ((t.kind = {codeKind} AND t.code = {code})
                    OR ({postalCode}::text IS NOT NULL AND t.kind = {commune} AND t.postal_codes @> ARRAY[{postalCode}::text]))
                ORDER BY CASE WHEN t.kind = {codeKind} AND t.code = {code} THEN 0 ELSE 1 END,
                    t.population DESC NULLS LAST, t.code
                LIMIT {count}
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Territories whose name matches <paramref name="text"/> without regard to accents, case or
    /// punctuation: the exact name first, then names that start with it, then names with a word
    /// that starts with it, then names that are merely similar (trigrams, which forgive typos);
    /// the most populous first within each group.
    /// </summary>
    private Task<List<Territory>> SearchNamesAsync(string text, TerritoryKind? kind, int count, CancellationToken cancellationToken)
    {
        // Normalized text holds only letters, digits and single spaces, so it is safe in a LIKE pattern.
        var query = TextSearch.Normalize(text);
        var prefix = query + "%";
        var wordPrefix = "% " + query + "%";
        var kindName = kind?.ToString();
        return db.Territories.FromSql($"""
                SELECT t.* FROM territories t
                CROSS JOIN LATERAL (SELECT CASE
                    WHEN t.search_name = {query} THEN 0
                    WHEN t.search_name LIKE {prefix} THEN 1
                    WHEN t.search_name LIKE {wordPrefix} THEN 2
                    ELSE 3 END AS tier) AS relevance
                WHERE ({kindName}::text IS NULL OR t.kind = {kindName})
                  AND (t.search_name LIKE {prefix} OR t.search_name LIKE {wordPrefix} OR t.search_name % {query})
                ORDER BY relevance.tier,
                    CASE WHEN relevance.tier = 3 THEN similarity(t.search_name, {query}) END DESC,
                    t.population DESC NULLS LAST, t.kind, t.code
                LIMIT {count}
                """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    private static IEnumerable<TerritoryReference> Known(params (TerritoryKind Kind, string? Code)[] parents) =>
        parents.Where(parent => parent.Code is not null).Select(parent => new TerritoryReference(parent.Kind, parent.Code!));

    [GeneratedRegex("^[0-9]{5}\\z")]
    private static partial Regex PostalCode();
}
