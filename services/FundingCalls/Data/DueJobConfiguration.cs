using FundingCalls.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingCalls.Data;

internal sealed class DueJobConfiguration : IEntityTypeConfiguration<DueJob>
{
    public void Configure(EntityTypeBuilder<DueJob> builder)
    {
        builder.ToTable("due_jobs");
        builder.Property(job => job.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(job => job.LastError).HasMaxLength(2000);
        builder.HasIndex(job => job.DueAt).HasFilter("completed_at IS NULL");
        builder.HasIndex(job => new { job.Kind, job.SubjectId }).IsUnique().HasFilter("completed_at IS NULL");
    }
}
