namespace ActorDirectory.Domain.Collectives;

/// <summary>The years an edition of the week can have: collectives and sponsorships are per edition.</summary>
public static class Editions
{
    public const int First = 2000;
    public const int Last = 2100;
}
