using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Grants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingCalls.Data;

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> builder)
    {
        builder.ToTable("grants");
        builder.Property(grant => grant.ProjectTitle).HasMaxLength(200);
        builder.Property(grant => grant.DeliberationNumber).HasMaxLength(20);
        builder.Property(grant => grant.AgreementReference).HasMaxLength(100);
        builder.PrimitiveCollection(grant => grant.EventIds);
        builder.Property(grant => grant.Version).IsRowVersion();
        builder.OwnsMany(grant => grant.Payments, payments =>
        {
            payments.ToTable("grant_payments");
            payments.WithOwner().HasForeignKey("grant_id");
            payments.HasKey(payment => payment.Id);
            payments.Property(payment => payment.Id).ValueGeneratedNever();
            payments.Property(payment => payment.Kind).HasConversion<string>().HasMaxLength(16);
        });
        builder.Navigation(grant => grant.Payments).HasField("_payments");
        builder.HasOne<GrantApplication>().WithOne().HasForeignKey<Grant>(grant => grant.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(grant => new { grant.CallId, grant.AwardedAt });
        builder.HasIndex(grant => grant.BeneficiaryId);
    }
}
