using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Calendar;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Committees;
using FundingCalls.Domain.Grants;
using FundingCalls.Domain.Reports;
using FundingCalls.Domain.Reviews;
using FundingCalls.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Ssi.DirectoryReplica;
using Ssi.Messaging;

namespace FundingCalls.Data;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    public DbSet<FundingCall> Calls => Set<FundingCall>();

    public DbSet<GrantApplication> Applications => Set<GrantApplication>();

    public DbSet<ApplicationTransition> ApplicationTransitions => Set<ApplicationTransition>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<CommitteeSession> Sessions => Set<CommitteeSession>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<GrantReport> Reports => Set<GrantReport>();

    public DbSet<DirectoryActor> Actors => Set<DirectoryActor>();

    public DbSet<CollectiveMembership> CollectiveMemberships => Set<CollectiveMembership>();

    public DbSet<CalendarEventCopy> CalendarEvents => Set<CalendarEventCopy>();

    public DbSet<DueJob> DueJobs => Set<DueJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddDirectoryActors();
        modelBuilder.AddCollectiveMemberships();
        modelBuilder.AddOutboxAndInbox();
    }
}
