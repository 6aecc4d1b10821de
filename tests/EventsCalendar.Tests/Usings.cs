global using Xunit;

[assembly: AssemblyFixture(typeof(EventsCalendar.Tests.CalendarTestRun))]
