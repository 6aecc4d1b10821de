using Microsoft.EntityFrameworkCore;

namespace Ssi.DirectoryReplica;

public static class CollectiveMembershipConfiguration
{
    public const string Table = "collective_memberships";

    /// <summary>Maps <see cref="CollectiveMembership"/> to <c>collective_memberships</c>.</summary>
    public static ModelBuilder AddCollectiveMemberships(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CollectiveMembership>(membership =>
        {
            membership.ToTable(Table);
            membership.HasKey(m => m.MemberId);
            membership.Property(m => m.MemberId).ValueGeneratedNever();
            membership.HasIndex(m => new { m.ActorId, m.CollectiveId });
        });
        return modelBuilder;
    }
}
