namespace EventsCalendar.Domain.Events;

/// <summary>The forms an event of the week takes in the documents.</summary>
public enum EventKind
{
    Forum,
    SchoolAnimation,
    RoundTable,
    Exhibition,
    FilmScreening,
    Conference,
    Concert,
    SharedMeal,
    Workshop,
    Theatre,
    Other,
}
