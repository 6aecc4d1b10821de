namespace Ssi.Contracts.ActorDirectory;

/// <summary>The directory's actor kinds as its events spell them (kebab-case), for the services that filter on them.</summary>
public static class ActorKinds
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "region", "department", "epci", "commune", "ccas", "resource-centre", "association", "school", "animation-centre", "library",
        "cinema", "mjc", "youth-information-point", "university", "regional-network", "business", "other",
    };
}
