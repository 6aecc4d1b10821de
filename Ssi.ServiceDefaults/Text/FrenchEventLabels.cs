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
