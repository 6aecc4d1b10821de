namespace EventsCalendar.Domain.Events;

public enum Audience
{
    GeneralPublic,
    Schools,
    Staff,
    Families,
}
