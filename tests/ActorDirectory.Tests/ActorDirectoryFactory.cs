using ActorDirectory.Data;
using Ssi.Testing;

namespace ActorDirectory.Tests;

public class ActorDirectoryFactory() : ServiceFactory<Program, DirectoryDbContext>("directorydb")
{
    protected override Task SeedAsync(DirectoryDbContext db)
    {
        db.Territories.AddRange(TestTerritories.All());
        return db.SaveChangesAsync();
    }
}
