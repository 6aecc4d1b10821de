namespace ActorDirectory.Domain;

public enum ActorStatus
{
    Active,
    Archived,
}
