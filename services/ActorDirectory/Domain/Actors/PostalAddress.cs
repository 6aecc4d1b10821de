namespace ActorDirectory.Domain.Actors;

public sealed record PostalAddress(string? Street, string? PostalCode, string? City);
