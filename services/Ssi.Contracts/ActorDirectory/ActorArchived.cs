namespace Ssi.Contracts.ActorDirectory;

/// <summary>
/// An actor left the directory: it stays readable with status <c>archived</c> but takes part in
/// nothing new. Carries its name and commune so that a consumer that never heard of the actor
/// (the registration still on its way) can record it as inactive straight away.
/// </summary>
/// <param name="Kind">The actor kind in kebab-case.</param>
/// <param name="TerritoryCode">INSEE code of the commune the actor was based in.</param>
public sealed record ActorArchived(
    Guid ActorId,
    string Name,
    string Kind,
    string TerritoryCode,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
