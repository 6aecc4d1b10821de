using FundingCalls.Domain;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FundingCalls.Data;

internal sealed class FundingCallConfiguration : IEntityTypeConfiguration<FundingCall>
{
    public void Configure(EntityTypeBuilder<FundingCall> builder)
    {
        builder.ToTable("funding_calls");
        builder.Property(call => call.Title).HasMaxLength(FundingCall.TitleMaxLength);
        builder.Property(call => call.Description).HasMaxLength(FundingCall.DescriptionMaxLength);
        builder.Property(call => call.TerritoryCode).HasMaxLength(24);
        builder.Property(call => call.BudgetEnvelope).HasPrecision(14, 2);
        builder.Property(call => call.CreatedBy).HasMaxLength(200);
        builder.Property(call => call.Version).IsRowVersion();
        builder.HasIndex(call => new { call.TerritoryCode, call.ClosesOn });
    }
}
