using Communications.Domain;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;

namespace Communications.Data;

public sealed class CommunicationsDbContext(DbContextOptions<CommunicationsDbContext> options) : DbContext(options)
{
    public DbSet<ProgrammeEntry> ProgrammeEntries => Set<ProgrammeEntry>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Brochure> Brochures => Set<Brochure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommunicationsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
    }
}
