using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.ServiceDefaults.Territories;

namespace Ssi.ServiceDefaults.Data;

/// <summary>
/// Maps a <see cref="TerritoryLocation"/> to the columns <c>commune_code</c>, <c>epci_code</c>,
/// <c>department_code</c>, <c>region_code</c>: <c>builder.ComplexProperty(x =&gt; x.Location, TerritoryLocationConfiguration.Configure)</c>.
/// </summary>
public static class TerritoryLocationConfiguration
{
    public static void Configure(ComplexPropertyBuilder<TerritoryLocation> location)
    {
        location.Property(l => l.CommuneCode).HasColumnName("commune_code").HasMaxLength(5);
        location.Property(l => l.EpciCode).HasColumnName("epci_code").HasMaxLength(9);
        location.Property(l => l.DepartmentCode).HasColumnName("department_code").HasMaxLength(3);
        location.Property(l => l.RegionCode).HasColumnName("region_code").HasMaxLength(3);
    }
}
