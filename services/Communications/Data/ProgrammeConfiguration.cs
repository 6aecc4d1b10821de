using Communications.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Communications.Data;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasKey(programme => programme.ProgrammeId);
        builder.Property(programme => programme.ProgrammeId).ValueGeneratedNever();
        builder.Property(programme => programme.EditionName).HasMaxLength(200);
        builder.Property(programme => programme.NationalTheme).HasMaxLength(300);
        builder.Property(programme => programme.Territory).HasMaxLength(30);
        builder.Property(programme => programme.Name).HasMaxLength(200);
        builder.Property(programme => programme.CoordinatingActorName).HasMaxLength(200);
        builder.Property(programme => programme.LocalTheme).HasMaxLength(300);
    }
}
