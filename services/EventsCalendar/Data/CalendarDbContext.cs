using EventsCalendar.Domain.Changes;
using EventsCalendar.Domain.Editions;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Programmes;
using EventsCalendar.Domain.Venues;
using Microsoft.EntityFrameworkCore;
using Ssi.DirectoryReplica;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Publishing;

namespace EventsCalendar.Data;

public sealed class CalendarDbContext(DbContextOptions<CalendarDbContext> options) : ChangeFeedDbContext(options)
{
    public DbSet<CalendarEvent> Events => Set<CalendarEvent>();

    public DbSet<EventRevision> EventRevisions => Set<EventRevision>();

    public DbSet<EventSupport> Supports => Set<EventSupport>();

    public DbSet<Venue> Venues => Set<Venue>();

    public DbSet<DirectoryActor> Organisers => Set<DirectoryActor>();

    public DbSet<Edition> Editions => Set<Edition>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<CalendarChange> Changes => Set<CalendarChange>();

    protected override void RecordChanges() => ChangeRecorder.Record(this);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CalendarDbContext).Assembly);
        modelBuilder.AddDirectoryActors();
        modelBuilder.AddOutboxAndInbox();
    }
}
