using ActorDirectory.Data;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;
using Ssi.Testing;

namespace ActorDirectory.Tests.Territories;

/// <summary>A migrated directory database of its own, without the service and its seeded territories.</summary>
public sealed class DirectoryDatabase : IAsyncLifetime
{
    private TestDatabase? _database;

    public string ConnectionString => (_database ?? throw new InvalidOperationException("The database is not created yet.")).ConnectionString;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("territories");
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public DirectoryDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<DirectoryDbContext>().UseServiceDatabase(ConnectionString).Options);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
