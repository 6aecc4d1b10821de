namespace Ssi.Contracts.ActorDirectory;

/// <summary>
/// An actor's public profile changed: carries the whole public state, so a consumer replaces its
/// copy (keeping the highest <see cref="Revision"/>) without calling the directory back.
/// </summary>
/// <param name="Kind">The actor kind in kebab-case, e.g. <c>association</c>, <c>commune</c>.</param>
/// <param name="TerritoryCode">INSEE code of the commune the actor is based in.</param>
/// <param name="Status"><c>active</c> or <c>archived</c>.</param>
/// <param name="EpciCode">SIREN of the commune's EPCI, when it belongs to one.</param>
/// <param name="Themes">Kebab-case theme slugs.</param>
/// <param name="ServedAreas">Territory references such as <c>department:64</c>.</param>
/// <param name="Revision">The actor's revision in the directory, higher with every change: a consumer keeps the news of the highest and ignores older news arriving late.</param>
public sealed record ActorUpdated(
    Guid ActorId,
    long Revision,
    string Name,
    string Kind,
    string TerritoryCode,
    string? EpciCode,
    string DepartmentCode,
    string RegionCode,
    string Status,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> ServedAreas,
    bool IsInternationalSolidarity,
    string? Siren,
    string? Siret,
    string? Rna,
    string? Website,
    string? PublicEmail,
    string? PublicPhone,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
