using EventsCalendar.Domain;
using EventsCalendar.Domain.Changes;
using EventsCalendar.Domain.Editions;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Programmes;
using EventsCalendar.Domain.Venues;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;

namespace EventsCalendar.Data;

public sealed class CalendarDbContext(DbContextOptions<CalendarDbContext> options) : DbContext(options)
{
    public DbSet<CalendarEvent> Events => Set<CalendarEvent>();

    public DbSet<EventRevision> EventRevisions => Set<EventRevision>();

    public DbSet<Venue> Venues => Set<Venue>();

    public DbSet<Organiser> Organisers => Set<Organiser>();

    public DbSet<Edition> Editions => Set<Edition>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<CalendarChange> Changes => Set<CalendarChange>();

    /// <summary>Every save records its public changes in the feed, in the same transaction.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeRecorder.Record(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeRecorder.Record(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CalendarDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
