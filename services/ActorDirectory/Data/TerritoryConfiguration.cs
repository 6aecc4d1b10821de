using ActorDirectory.Domain.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActorDirectory.Data;

internal sealed class TerritoryConfiguration : IEntityTypeConfiguration<Territory>
{
    public void Configure(EntityTypeBuilder<Territory> builder)
    {
        builder.HasKey(territory => new { territory.Kind, territory.Code });
        builder.Property(territory => territory.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(territory => territory.Code).HasMaxLength(9);
        builder.Property(territory => territory.Name).HasMaxLength(200);
        builder.Property(territory => territory.SearchName).HasMaxLength(200);
        builder.Property(territory => territory.Siren).HasMaxLength(9);
        builder.Property(territory => territory.RegionCode).HasMaxLength(3);
        builder.Property(territory => territory.DepartmentCode).HasMaxLength(3);
        builder.Property(territory => territory.EpciCode).HasMaxLength(9);
        builder.Property(territory => territory.EpciType).HasMaxLength(8);
        builder.Property(territory => territory.Zone).HasMaxLength(8);
        builder.HasIndex(territory => territory.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(territory => territory.PostalCodes).HasMethod("gin");
        builder.HasIndex(territory => new { territory.Kind, territory.DepartmentCode });
        builder.HasIndex(territory => new { territory.Kind, territory.RegionCode });
        builder.HasIndex(territory => new { territory.Kind, territory.EpciCode });
    }
}
