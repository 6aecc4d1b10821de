using EventsCalendar.Domain;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;

namespace EventsCalendar.Data;

public sealed class CalendarDbContext(DbContextOptions<CalendarDbContext> options) : DbContext(options)
{
    public DbSet<CalendarEvent> Events => Set<CalendarEvent>();

    public DbSet<Organiser> Organisers => Set<Organiser>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CalendarDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
