using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Collectives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActorDirectory.Data;

internal sealed class CollectiveMemberConfiguration : IEntityTypeConfiguration<CollectiveMember>
{
    public void Configure(EntityTypeBuilder<CollectiveMember> builder)
    {
        builder.Property(member => member.CitizenName).HasMaxLength(200);
        builder.PrimitiveCollection(member => member.Roles).ElementType(role => role.HasConversion<string>());
        builder.HasOne<Actor>().WithMany().HasForeignKey(member => member.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(member => new { member.CollectiveId, member.ActorId })
            .IsUnique()
            .HasFilter("left_on IS NULL AND actor_id IS NOT NULL")
            .HasDatabaseName("ix_collective_members_one_open_membership");
        builder.ToTable(table => table.HasCheckConstraint("ck_collective_members_actor_or_citizen",
            "(actor_id IS NULL) <> (citizen_name IS NULL)"));
    }
}
