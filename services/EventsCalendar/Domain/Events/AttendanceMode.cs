namespace EventsCalendar.Domain.Events;

public enum AttendanceMode
{
    InPerson,
    Online,
    Mixed,
}
