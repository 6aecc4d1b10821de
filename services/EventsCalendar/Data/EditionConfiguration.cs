using EventsCalendar.Domain.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventsCalendar.Data;

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        builder.HasKey(edition => edition.Year);
        builder.Property(edition => edition.Year).ValueGeneratedNever();
        builder.Property(edition => edition.Name).HasMaxLength(Edition.NameMaxLength);
        builder.Property(edition => edition.NationalTheme).HasMaxLength(Edition.ThemeMaxLength);
        builder.Property(edition => edition.Version).IsRowVersion();
    }
}
