using Communications.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Communications.Data;

internal sealed class BrochureConfiguration : IEntityTypeConfiguration<Brochure>
{
    public void Configure(EntityTypeBuilder<Brochure> builder)
    {
        builder.HasKey(brochure => brochure.ProgrammeId);
        builder.Property(brochure => brochure.ProgrammeId).ValueGeneratedNever();
        builder.Property(brochure => brochure.ContentTag).HasMaxLength(40);
    }
}
