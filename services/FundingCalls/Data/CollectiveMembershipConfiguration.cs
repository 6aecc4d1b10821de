using FundingCalls.Domain.Collectives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingCalls.Data;

internal sealed class CollectiveMembershipConfiguration : IEntityTypeConfiguration<CollectiveMembership>
{
    public void Configure(EntityTypeBuilder<CollectiveMembership> builder)
    {
        builder.ToTable("collective_memberships");
        builder.HasKey(membership => membership.MemberId);
        builder.Property(membership => membership.MemberId).ValueGeneratedNever();
        builder.HasIndex(membership => new { membership.ActorId, membership.CollectiveId });
    }
}
