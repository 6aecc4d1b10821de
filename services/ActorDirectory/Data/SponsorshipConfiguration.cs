using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Collectives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActorDirectory.Data;

internal sealed class SponsorshipConfiguration : IEntityTypeConfiguration<Sponsorship>
{
    public void Configure(EntityTypeBuilder<Sponsorship> builder)
    {
        builder.Property(sponsorship => sponsorship.Notes).HasMaxLength(2000);
        builder.HasOne<Actor>().WithMany().HasForeignKey(sponsorship => sponsorship.MentorActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Actor>().WithMany().HasForeignKey(sponsorship => sponsorship.MenteeActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(sponsorship => new { sponsorship.MenteeActorId, sponsorship.Edition }).IsUnique();
        builder.ToTable(table => table.HasCheckConstraint("ck_sponsorships_not_self", "mentor_actor_id <> mentee_actor_id"));
    }
}
