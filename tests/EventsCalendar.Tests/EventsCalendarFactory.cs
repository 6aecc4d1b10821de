using EventsCalendar.Data;
using Ssi.Testing;

namespace EventsCalendar.Tests;

public sealed class EventsCalendarFactory() : ServiceFactory<Program, CalendarDbContext>("calendardb");
