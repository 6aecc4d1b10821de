using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;

namespace FundingCalls.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class FundingDbContextFactory : IDesignTimeDbContextFactory<FundingDbContext>
{
    public FundingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<FundingDbContext>().UseServiceDatabase("Host=localhost;Database=fundingdb").Options);
}
