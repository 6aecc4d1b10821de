using Communications.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Communications.Data;

internal sealed class ProgrammeEntryConfiguration : IEntityTypeConfiguration<ProgrammeEntry>
{
    public void Configure(EntityTypeBuilder<ProgrammeEntry> builder)
    {
        builder.HasKey(entry => entry.EventId);
        builder.Property(entry => entry.EventId).ValueGeneratedNever();
        builder.Property(entry => entry.TerritoryCode).HasMaxLength(5);
        builder.Property(entry => entry.Title).HasMaxLength(200);
        builder.Property(entry => entry.Summary).HasMaxLength(500);
        builder.Property(entry => entry.OrganiserName).HasMaxLength(200);
        builder.Property(entry => entry.Venue).HasMaxLength(300);
        builder.Property(entry => entry.VenueName).HasMaxLength(200);
        builder.Property(entry => entry.VenueAddress).HasMaxLength(320);
        builder.Property(entry => entry.Status).HasMaxLength(20);
        builder.Ignore(entry => entry.Slots);
        builder.HasIndex(entry => new { entry.TerritoryCode, entry.StartsAt });
        builder.HasIndex(entry => entry.ProgrammeId);
    }
}
