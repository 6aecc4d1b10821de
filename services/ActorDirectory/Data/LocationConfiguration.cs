using ActorDirectory.Domain.Actors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActorDirectory.Data;

/// <summary>Columns <c>commune_code</c>, <c>epci_code</c>, <c>department_code</c>, <c>region_code</c>, each indexed for territory filters.</summary>
internal static class LocationConfiguration
{
    public static void Configure(ComplexPropertyBuilder<ActorLocation> location)
    {
        location.Property(l => l.CommuneCode).HasColumnName("commune_code").HasMaxLength(5);
        location.Property(l => l.EpciCode).HasColumnName("epci_code").HasMaxLength(9);
        location.Property(l => l.DepartmentCode).HasColumnName("department_code").HasMaxLength(3);
        location.Property(l => l.RegionCode).HasColumnName("region_code").HasMaxLength(3);
    }
}
