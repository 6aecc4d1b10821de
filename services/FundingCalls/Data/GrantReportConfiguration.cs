using Ssi.ServiceDefaults.Data;
using FundingCalls.Domain.Grants;
using FundingCalls.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingCalls.Data;

internal sealed class GrantReportConfiguration : IEntityTypeConfiguration<GrantReport>
{
    public void Configure(EntityTypeBuilder<GrantReport> builder)
    {
        builder.ToTable("grant_reports");
        builder.HasKey(report => report.GrantId);
        builder.Property(report => report.Charges).HasJsonColumn();
        builder.Property(report => report.Income).HasJsonColumn();
        builder.Property(report => report.Narrative).HasMaxLength(GrantReport.NarrativeMaxLength);
        builder.Property(report => report.SubmittedBy).HasMaxLength(200);
        builder.HasOne<Grant>().WithOne().HasForeignKey<GrantReport>(report => report.GrantId).OnDelete(DeleteBehavior.Restrict);
    }
}
