namespace Ssi.Contracts.ActorDirectory;

/// <summary>A new actor entered the directory.</summary>
/// <param name="Kind">The actor kind in kebab-case, e.g. <c>association</c>, <c>commune</c>.</param>
/// <param name="TerritoryCode">INSEE code of the commune the actor is based in.</param>
/// <param name="Status"><c>active</c> or <c>archived</c>.</param>
public sealed record ActorRegistered(
    Guid ActorId,
    string Name,
    string Kind,
    string TerritoryCode,
    string Status,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
