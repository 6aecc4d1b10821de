using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;

namespace EventsCalendar.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class CalendarDbContextFactory : IDesignTimeDbContextFactory<CalendarDbContext>
{
    public CalendarDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CalendarDbContext>().UseServiceDatabase("Host=localhost;Database=calendardb").Options);
}
