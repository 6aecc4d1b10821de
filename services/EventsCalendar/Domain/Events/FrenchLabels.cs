namespace EventsCalendar.Domain.Events;

/// <summary>How citizens read the calendar's categories, in feeds and printed programmes.</summary>
public static class FrenchLabels
{
    public static string Of(EventKind kind) => kind switch
    {
        EventKind.Forum => "Forum",
        EventKind.SchoolAnimation => "Animation scolaire",
        EventKind.RoundTable => "Table ronde",
        EventKind.Exhibition => "Exposition",
        EventKind.FilmScreening => "Projection de film",
        EventKind.Conference => "Conférence",
        EventKind.Concert => "Concert",
        EventKind.SharedMeal => "Repas partagé",
        EventKind.Workshop => "Atelier",
        EventKind.Theatre => "Théâtre",
        _ => "Autre",
    };

    public static string Of(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Wheelchair => "accessible en fauteuil roulant",
        Accessibility.Hearing => "adapté aux personnes sourdes ou malentendantes",
        Accessibility.Visual => "adapté aux personnes aveugles ou malvoyantes",
        _ => "adapté aux personnes en situation de handicap mental",
    };

    public static string Of(EventStatus status) => status switch
    {
        EventStatus.Rescheduled => "Reprogrammé",
        EventStatus.Postponed => "Reporté",
        EventStatus.Full => "Complet",
        EventStatus.Cancelled => "Annulé",
        _ => "Programmé",
    };
}
