using Ssi.ServiceDefaults.Data;
using FundingCalls.Domain.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.DirectoryReplica;

namespace FundingCalls.Data;

internal sealed class FundingCallConfiguration : IEntityTypeConfiguration<FundingCall>
{
    public void Configure(EntityTypeBuilder<FundingCall> builder)
    {
        builder.ToTable("funding_calls");
        builder.Property(call => call.Title).HasMaxLength(FundingCall.TitleMaxLength);
        builder.Property(call => call.Description).HasMaxLength(FundingCall.DescriptionMaxLength);
        builder.Property(call => call.ScopeTerritory).HasMaxLength(24);
        builder.Property(call => call.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(call => call.Eligibility).HasJsonColumn();
        builder.Property(call => call.Criteria).HasJsonColumn();
        builder.Property(call => call.RequiredDocuments).HasJsonColumn();
        builder.Property(call => call.CreatedBy).HasMaxLength(200);
        builder.Property(call => call.Version).IsRowVersion();
        builder.Ignore(call => call.Scope);
        builder.HasOne<DirectoryActor>().WithMany().HasForeignKey(call => call.FunderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(call => new { call.Status, call.ClosesAt });
        builder.HasIndex(call => call.FunderId);
    }
}
