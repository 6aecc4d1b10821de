using Ssi.ServiceDefaults.Data;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Budgets;
using FundingCalls.Domain.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.DirectoryReplica;

namespace FundingCalls.Data;

internal sealed class GrantApplicationConfiguration : IEntityTypeConfiguration<GrantApplication>
{
    public void Configure(EntityTypeBuilder<GrantApplication> builder)
    {
        builder.ToTable("applications");
        builder.Property(application => application.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(application => application.Project).HasJsonColumn();
        builder.Property(application => application.Budget).HasJsonColumn();
        builder.Property(application => application.Documents).HasJsonColumn();
        builder.Property(application => application.Contact).HasJsonColumn();
        builder.PrimitiveCollection(application => application.EventIds);
        builder.Property(application => application.CreatedBy).HasMaxLength(200);
        builder.Property(application => application.Version).IsRowVersion();
        builder.OwnsMany(application => application.Corrections, corrections =>
        {
            corrections.ToTable("application_corrections");
            corrections.WithOwner().HasForeignKey("application_id");
            corrections.HasKey(correction => correction.Id);
            corrections.Property(correction => correction.Id).ValueGeneratedNever();
            corrections.Property(correction => correction.Reason).HasMaxLength(GrantApplication.ReasonMaxLength);
            corrections.Property(correction => correction.RequestedBy).HasMaxLength(200);
        });
        builder.Navigation(application => application.Corrections).HasField("_corrections");
        builder.HasMany(application => application.Transitions).WithOne().HasForeignKey(transition => transition.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(application => application.Transitions).HasField("_transitions");
        builder.HasOne<FundingCall>().WithMany().HasForeignKey(application => application.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DirectoryActor>().WithMany().HasForeignKey(application => application.ApplicantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(application => new { application.CallId, application.Status });
        builder.HasIndex(application => application.ApplicantId);
    }
}
