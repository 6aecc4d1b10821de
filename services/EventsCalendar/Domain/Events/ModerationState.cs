namespace EventsCalendar.Domain.Events;

/// <summary>Where an event stands between its organiser and the public: only published events are public.</summary>
public enum ModerationState
{
    Draft,
    Submitted,
    Published,
    Refused,
}
