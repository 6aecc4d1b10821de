namespace PublicSite.Site;

/// <summary>The directory's kinds of actors as French readers name them.</summary>
public static class ActorLabels
{
    public static string Kind(string code) => code switch
    {
        "region" => "Région",
        "department" => "Département",
        "epci" => "Intercommunalité",
        "commune" => "Commune",
        "ccas" => "Centre communal d'action sociale",
        "resource-centre" => "Centre de ressources",
        "association" => "Association",
        "school" => "Établissement scolaire",
        "animation-centre" => "Centre d'animation",
        "library" => "Médiathèque",
        "cinema" => "Cinéma",
        "mjc" => "Maison des jeunes et de la culture",
        "youth-information-point" => "Point information jeunesse",
        "university" => "Université",
        "regional-network" => "Réseau régional",
        "business" => "Entreprise",
        _ => "Autre",
    };
}
