using Communications.Domain.Funding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Communications.Data;

internal sealed class FundingCallConfiguration : IEntityTypeConfiguration<FundingCall>
{
    public void Configure(EntityTypeBuilder<FundingCall> builder)
    {
        builder.ToTable("funding_calls");
        builder.HasKey(call => call.CallId);
        builder.Property(call => call.CallId).ValueGeneratedNever();
        builder.Property(call => call.FunderName).HasMaxLength(200);
        builder.Property(call => call.Title).HasMaxLength(300);
        builder.Property(call => call.ScopeTerritory).HasMaxLength(40);
    }
}

internal sealed class FundingApplicationConfiguration : IEntityTypeConfiguration<FundingApplication>
{
    public void Configure(EntityTypeBuilder<FundingApplication> builder)
    {
        builder.ToTable("funding_applications");
        builder.HasKey(application => application.ApplicationId);
        builder.Property(application => application.ApplicationId).ValueGeneratedNever();
        builder.Property(application => application.ProjectTitle).HasMaxLength(300);
        builder.HasIndex(application => application.CallId);
    }
}
