namespace ActorDirectory.Domain.Actors;

/// <summary>
/// The commune an actor is based in and the territories above it, copied from the territory
/// reference when the commune is set, so "every actor of department 64" is one indexed equality.
/// </summary>
public sealed record ActorLocation(string CommuneCode, string? EpciCode, string DepartmentCode, string RegionCode);
