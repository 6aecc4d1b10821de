using ActorDirectory.Domain.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.ServiceDefaults.Publishing;

namespace ActorDirectory.Data;

internal sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> builder)
    {
        builder.ToTable("changes");
        ChangeFeed.ConfigureFeedOrder(builder);
        builder.Property(change => change.Visibility).HasConversion<string>().HasMaxLength(16);
    }
}
