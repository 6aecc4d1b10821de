namespace ActorDirectory.Seeding;

/// <summary>Seeding cannot proceed (e.g. the territory reference is not imported); the message says what to do.</summary>
public sealed class SeedingException(string message) : Exception(message);
