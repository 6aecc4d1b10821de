using Communications.Domain;
using Communications.Domain.Campaigns;
using Communications.Domain.Contacts;
using Communications.Domain.Deliveries;
using Communications.Domain.Funding;
using Communications.Domain.Subscriptions;
using Communications.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Ssi.DirectoryReplica;
using Ssi.Messaging;

namespace Communications.Data;

public sealed class CommunicationsDbContext(DbContextOptions<CommunicationsDbContext> options) : DbContext(options)
{
    public DbSet<ProgrammeEntry> ProgrammeEntries => Set<ProgrammeEntry>();

    public DbSet<DirectoryActor> DirectoryActors => Set<DirectoryActor>();

    public DbSet<CollectiveMembership> CollectiveMemberships => Set<CollectiveMembership>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<ErasedContact> ErasedContacts => Set<ErasedContact>();

    public DbSet<FundingCall> FundingCalls => Set<FundingCall>();

    public DbSet<FundingApplication> FundingApplications => Set<FundingApplication>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<SuppressedAddress> SuppressedAddresses => Set<SuppressedAddress>();

    public DbSet<MessageTemplate> Templates => Set<MessageTemplate>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Brochure> Brochures => Set<Brochure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommunicationsDbContext).Assembly);
        modelBuilder.AddDirectoryActors();
        modelBuilder.AddCollectiveMemberships();
        modelBuilder.AddOutboxAndInbox();
    }
}
