using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Endpoints;

/// <summary>
/// A region, department, EPCI or commune with the territories above it, nearest first.
/// <paramref name="Reference"/> is the <c>kind:code</c> form other endpoints filter on.
/// </summary>
public sealed record TerritoryResponse(
    TerritoryKind Kind,
    string Code,
    string Reference,
    string Name,
    string? Siren,
    int? Population,
    string Zone,
    string? EpciType,
    IReadOnlyList<string> PostalCodes,
    IReadOnlyList<TerritoryParent> Parents)
{
    public static TerritoryResponse From(Territory territory, IEnumerable<Territory> parents) =>
        new(
            territory.Kind,
            territory.Code,
            territory.ToReference().ToString(),
            territory.Name,
            territory.Siren,
            territory.Population,
            territory.Zone,
            territory.EpciType,
            territory.PostalCodes,
            parents.Select(parent => new TerritoryParent(parent.Kind, parent.Code, parent.Name)).ToList());
}

public sealed record TerritoryParent(TerritoryKind Kind, string Code, string Name);

/// <summary>The territories a name search found, the most relevant first.</summary>
public sealed record TerritoryMatches(IReadOnlyList<TerritoryResponse> Items);
