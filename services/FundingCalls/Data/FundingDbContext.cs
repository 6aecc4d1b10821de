using FundingCalls.Domain;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;

namespace FundingCalls.Data;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    public DbSet<FundingCall> Calls => Set<FundingCall>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
