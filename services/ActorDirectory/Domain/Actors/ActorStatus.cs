namespace ActorDirectory.Domain.Actors;

public enum ActorStatus
{
    Active,
    Archived,
}
