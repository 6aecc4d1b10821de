using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Collectives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActorDirectory.Data;

internal sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> builder)
    {
        builder.Property(group => group.Name).HasMaxLength(200);
        builder.Property(group => group.Purpose).HasMaxLength(2000);
        builder.HasOne<Actor>().WithMany().HasForeignKey(group => group.LeadActorId).OnDelete(DeleteBehavior.Restrict);
    }
}
