using Communications.Domain.Deliveries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Communications.Data;

internal sealed class SuppressedAddressConfiguration : IEntityTypeConfiguration<SuppressedAddress>
{
    public void Configure(EntityTypeBuilder<SuppressedAddress> builder)
    {
        builder.ToTable("suppressed_addresses");
        builder.HasKey(address => address.Email);
        builder.Property(address => address.Email).HasMaxLength(254);
        builder.Property(address => address.Reason).HasConversion<string>().HasMaxLength(16);
    }
}
