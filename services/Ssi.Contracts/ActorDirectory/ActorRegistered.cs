namespace Ssi.Contracts.ActorDirectory;

/// <summary>A new actor entered the directory.</summary>
/// <param name="Kind">The actor kind in kebab-case, e.g. <c>association</c>, <c>commune</c>.</param>
/// <param name="TerritoryCode">INSEE code of the commune the actor is based in.</param>
/// <param name="Status"><c>active</c> or <c>archived</c>.</param>
/// <param name="EpciCode">SIREN of the commune's EPCI, when it belongs to one.</param>
/// <param name="Themes">Kebab-case theme slugs.</param>
/// <param name="ServedAreas">Territory references such as <c>department:64</c>.</param>
/// <param name="Revision">The actor's revision in the directory, higher with every change: a consumer keeps the news of the highest and ignores older news arriving late.</param>
public sealed record ActorRegistered(
    Guid ActorId,
    long Revision,
    string Name,
    string Kind,
    string TerritoryCode,
    string Status,
    DateTimeOffset OccurredAt,
    string? EpciCode = null,
    string? DepartmentCode = null,
    string? RegionCode = null,
    IReadOnlyList<string>? Themes = null,
    IReadOnlyList<string>? ServedAreas = null,
    bool IsInternationalSolidarity = false,
    string? Siren = null,
    string? Siret = null,
    string? Rna = null,
    string? Website = null,
    string? PublicEmail = null,
    string? PublicPhone = null) : IIntegrationEvent;
