using Communications.Domain.Campaigns;
using Communications.Domain.Deliveries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Communications.Data;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public const string Table = "deliveries";
    public const string UniqueIdempotencyKey = "ix_deliveries_idempotency_key";

    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(delivery => delivery.Id);
        builder.Property(delivery => delivery.Id).ValueGeneratedNever();
        builder.Property(delivery => delivery.IdempotencyKey).HasMaxLength(300);
        builder.Property(delivery => delivery.Kind).HasMaxLength(40);
        builder.Property(delivery => delivery.RecipientKey).HasMaxLength(60);
        builder.Property(delivery => delivery.RecipientEmail).HasMaxLength(254);
        builder.Property(delivery => delivery.RecipientName).HasMaxLength(200);
        builder.Property(delivery => delivery.FromName).HasMaxLength(200);
        builder.Property(delivery => delivery.ReplyTo).HasMaxLength(254);
        builder.Property(delivery => delivery.Subject).HasMaxLength(1000);
        builder.Property(delivery => delivery.UnsubscribeUrl).HasMaxLength(1000);
        builder.Property(delivery => delivery.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(delivery => delivery.ClaimedBy).HasMaxLength(100);
        builder.Property(delivery => delivery.LastError).HasMaxLength(Delivery.ErrorMaxLength);
        builder.Property(delivery => delivery.MessageId).HasMaxLength(200);
        builder.HasIndex(delivery => delivery.IdempotencyKey).IsUnique().HasDatabaseName(UniqueIdempotencyKey);
        builder.HasIndex(delivery => new { delivery.CampaignId, delivery.State });
        builder.HasIndex(delivery => delivery.NextAttemptAt).HasFilter("state = 'Queued'");
        builder.HasIndex(delivery => delivery.ClaimedUntil).HasFilter("state = 'Sending'");
        builder.HasIndex(delivery => delivery.RecipientKey);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(delivery => delivery.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}
