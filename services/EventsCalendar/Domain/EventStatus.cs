namespace EventsCalendar.Domain;

public enum EventStatus
{
    Draft,
    Published,
}
