using EventsCalendar.Domain.Editions;
using EventsCalendar.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.DirectoryReplica;

namespace EventsCalendar.Data;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public const string OneProgrammePerTerritoryIndex = "ix_programmes_edition_year_territory_kind_territory_code";

    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.Ignore(programme => programme.Territory);
        builder.Property(programme => programme.TerritoryKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(programme => programme.TerritoryCode).HasMaxLength(9);
        builder.Property(programme => programme.Name).HasMaxLength(Programme.NameMaxLength);
        builder.Property(programme => programme.LocalTheme).HasMaxLength(Programme.ThemeMaxLength);
        builder.Property(programme => programme.Version).IsRowVersion();
        builder.HasOne<Edition>().WithMany().HasForeignKey(programme => programme.EditionYear).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DirectoryActor>().WithMany().HasForeignKey(programme => programme.CoordinatingActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(programme => new { programme.EditionYear, programme.TerritoryKind, programme.TerritoryCode })
            .IsUnique()
            .HasDatabaseName(OneProgrammePerTerritoryIndex);
        builder.HasIndex(programme => new { programme.EditionYear, programme.Name, programme.Id });
    }
}
