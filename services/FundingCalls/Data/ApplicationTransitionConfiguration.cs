using FundingCalls.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingCalls.Data;

/// <remarks>The migration adds a trigger refusing any UPDATE, DELETE or TRUNCATE of the table.</remarks>
internal sealed class ApplicationTransitionConfiguration : IEntityTypeConfiguration<ApplicationTransition>
{
    public void Configure(EntityTypeBuilder<ApplicationTransition> builder)
    {
        builder.ToTable("application_transitions");
        builder.Property(transition => transition.Id).UseIdentityAlwaysColumn();
        builder.Property(transition => transition.Actor).HasMaxLength(200);
        builder.Property(transition => transition.From).HasConversion<string>().HasMaxLength(24);
        builder.Property(transition => transition.To).HasConversion<string>().HasMaxLength(24);
        builder.Property(transition => transition.Reason).HasMaxLength(GrantApplication.ReasonMaxLength);
        builder.HasIndex(transition => new { transition.ApplicationId, transition.Id });
    }
}
