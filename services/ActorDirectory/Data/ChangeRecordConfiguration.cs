using ActorDirectory.Domain.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActorDirectory.Data;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.ToTable("changes");
        builder.HasKey(change => change.Sequence);
        builder.Property(change => change.Sequence).UseIdentityAlwaysColumn();
        builder.Property(change => change.EntityType).HasMaxLength(16);
        builder.Property(change => change.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(change => change.Visibility).HasConversion<string>().HasMaxLength(16);
        builder.Property(change => change.TransactionId)
            .HasColumnType("xid8")
            .HasDefaultValueSql("pg_current_xact_id()")
            .ValueGeneratedOnAdd();
        builder.HasIndex(change => new { change.EntityType, change.EntityId });
        builder.HasIndex(change => new { change.TransactionId, change.Sequence });
    }
}
