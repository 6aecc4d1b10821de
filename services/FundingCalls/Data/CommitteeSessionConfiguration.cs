using Ssi.ServiceDefaults.Data;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Committees;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingCalls.Data;

internal sealed class CommitteeSessionConfiguration : IEntityTypeConfiguration<CommitteeSession>
{
    public void Configure(EntityTypeBuilder<CommitteeSession> builder)
    {
        builder.ToTable("committee_sessions");
        builder.Property(session => session.Place).HasMaxLength(CommitteeSession.PlaceMaxLength);
        builder.Property(session => session.Members).HasJsonColumn();
        builder.PrimitiveCollection(session => session.Agenda);
        builder.Property(session => session.SignedOffBy).HasMaxLength(200);
        builder.Property(session => session.CreatedBy).HasMaxLength(200);
        builder.Property(session => session.Version).IsRowVersion();
        builder.OwnsMany(session => session.Decisions, decisions =>
        {
            decisions.ToTable("committee_decisions");
            decisions.WithOwner().HasForeignKey("session_id");
            decisions.HasKey(decision => decision.Id);
            decisions.Property(decision => decision.Id).ValueGeneratedNever();
            decisions.Property(decision => decision.Outcome).HasConversion<string>().HasMaxLength(16);
            decisions.Property(decision => decision.Reason).HasMaxLength(2000);
            decisions.Property(decision => decision.DeliberationNumber).HasMaxLength(20);
            decisions.Property(decision => decision.DecidedBy).HasMaxLength(200);
            decisions.HasIndex(decision => decision.ApplicationId);
        });
        builder.Navigation(session => session.Decisions).HasField("_decisions");
        builder.HasOne<FundingCall>().WithMany().HasForeignKey(session => session.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(session => new { session.CallId, session.HeldAt });
    }
}
