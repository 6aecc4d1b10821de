namespace Ssi.Contracts.ActorDirectory;

/// <summary>
/// An actor left the directory: it stays readable with status <c>archived</c> but takes part in
/// nothing new. Carries its name and commune so that a consumer that never heard of the actor
/// (the registration still on its way) can record it, with its territories, as inactive straight away.
/// </summary>
/// <param name="Kind">The actor kind in kebab-case.</param>
/// <param name="TerritoryCode">INSEE code of the commune the actor was based in.</param>
/// <param name="Revision">The actor's revision in the directory, higher with every change: a consumer keeps the news of the highest and ignores older news arriving late.</param>
public sealed record ActorArchived(
    Guid ActorId,
    long Revision,
    string Name,
    string Kind,
    string TerritoryCode,
    DateTimeOffset OccurredAt,
    string? EpciCode = null,
    string? DepartmentCode = null,
    string? RegionCode = null) : IIntegrationEvent;
