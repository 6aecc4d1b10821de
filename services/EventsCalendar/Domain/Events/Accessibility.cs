namespace EventsCalendar.Domain.Events;

/// <summary>The disabilities a place or an event is prepared for.</summary>
public enum Accessibility
{
    Wheelchair,
    Hearing,
    Visual,
    Intellectual,
}
