using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Text;

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

    public static string Of(Accessibility accessibility) => FrenchEventLabels.Accessibility(ApiEnum<Accessibility>.NameOf(accessibility));

    public static string Of(EventStatus status) => FrenchEventLabels.Status(ApiEnum<EventStatus>.NameOf(status));
}
