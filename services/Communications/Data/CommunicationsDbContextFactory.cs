using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;

namespace Communications.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class CommunicationsDbContextFactory : IDesignTimeDbContextFactory<CommunicationsDbContext>
{
    public CommunicationsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CommunicationsDbContext>().UseServiceDatabase("Host=localhost;Database=commsdb").Options);
}
