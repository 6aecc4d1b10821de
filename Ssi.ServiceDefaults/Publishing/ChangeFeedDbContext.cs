using Microsoft.EntityFrameworkCore;

namespace Ssi.ServiceDefaults.Publishing;

/// <summary>A service's database whose every save writes its changes-feed lines in the same transaction.</summary>
public abstract class ChangeFeedDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Adds the feed lines for what the change tracker is about to save.</summary>
    protected abstract void RecordChanges();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RecordChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RecordChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}
