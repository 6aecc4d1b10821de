namespace EventsCalendar.Domain.Events;

/// <summary>Whether the event takes place as announced; a cancelled event stays listed as cancelled.</summary>
public enum EventStatus
{
    Scheduled,
    Rescheduled,
    Postponed,
    Full,
    Cancelled,
}
