using Ssi.ServiceDefaults.Territories;

namespace PublicSite.Site;

/// <summary>Territories as French readers name them.</summary>
public static class TerritoryLabels
{
    public static string Kind(string kind) => kind switch
    {
        "commune" => "commune",
        "epci" => "intercommunalité",
        "department" => "département",
        "region" => "région",
        _ => kind,
    };

    /// <summary>The site's address of a territory's programme.</summary>
    public static string ProgrammePath(TerritoryReference territory) => $"/programme/{Route(territory)}";

    /// <summary>The <c>{kind}/{code}</c> part of the site's territory addresses.</summary>
    public static string Route(TerritoryReference territory) => $"{territory.Kind.ToString().ToLowerInvariant()}/{territory.Code}";

    /// <summary>Reads the <c>{kind}/{code}</c> of an address; null when it names no territory the directory could know.</summary>
    public static TerritoryReference? Read(string? kind, string? code) =>
        kind is { Length: <= 20 } && code is { Length: <= 20 } && TerritoryReference.TryParse($"{kind}:{code}", out var territory) ? territory : null;
}
