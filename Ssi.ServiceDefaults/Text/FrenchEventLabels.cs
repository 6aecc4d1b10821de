namespace Ssi.ServiceDefaults.Text;

/// <summary>
/// The calendar's codes as French readers read them, for every service that shows its events
/// (feeds, printed programmes), keyed by the codes its API and integration events spell.
/// </summary>
public static class FrenchEventLabels
{
    /// <summary>An accessibility pictogram in words ("accessible en fauteuil roulant").</summary>
    public static string Accessibility(string code) => code switch
    {
        "wheelchair" => "accessible en fauteuil roulant",
        "hearing" => "adapté aux personnes sourdes ou malentendantes",
        "visual" => "adapté aux personnes aveugles ou malvoyantes",
        "intellectual" => "adapté aux personnes en situation de handicap mental",
        _ => code,
    };

    /// <summary>An event's kind ("Projection de film").</summary>
    public static string Kind(string code) => code switch
    {
        "forum" => "Forum",
        "school-animation" => "Animation scolaire",
        "round-table" => "Table ronde",
        "exhibition" => "Exposition",
        "film-screening" => "Projection de film",
        "conference" => "Conférence",
        "concert" => "Concert",
        "shared-meal" => "Repas partagé",
        "workshop" => "Atelier",
        "theatre" => "Théâtre",
        _ => "Autre",
    };

    /// <summary>The kinds, in the order a visitor picks from them.</summary>
    public static IReadOnlyList<string> KindCodes { get; } =
        ["forum", "school-animation", "round-table", "exhibition", "film-screening", "conference", "concert", "shared-meal", "workshop", "theatre", "other"];

    /// <summary>Whom an event is for ("Familles").</summary>
    public static string Audience(string code) => code switch
    {
        "general-public" => "Tout public",
        "schools" => "Scolaires",
        "staff" => "Professionnels et bénévoles",
        "families" => "Familles",
        _ => code,
    };

    public static IReadOnlyList<string> AudienceCodes { get; } = ["general-public", "schools", "staff", "families"];

    public static IReadOnlyList<string> AccessibilityCodes { get; } = ["wheelchair", "hearing", "visual", "intellectual"];

    /// <summary>An event's status ("Reporté", "Complet").</summary>
    public static string Status(string code) => code switch
    {
        "rescheduled" => "Reprogrammé",
        "postponed" => "Reporté",
        "full" => "Complet",
        "cancelled" => "Annulé",
        _ => "Programmé",
    };
}
