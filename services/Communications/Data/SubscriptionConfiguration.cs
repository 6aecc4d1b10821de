using Communications.Domain.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Communications.Data;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public const string OnePerEmailAndTopic = "ix_subscriptions_email_topic";

    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions");
        builder.HasKey(subscription => subscription.Id);
        builder.Property(subscription => subscription.Id).ValueGeneratedNever();
        builder.Property(subscription => subscription.Email).HasMaxLength(254);
        builder.Property(subscription => subscription.Topic).HasMaxLength(60);
        builder.Property(subscription => subscription.Territory).HasMaxLength(40);
        builder.Property(subscription => subscription.DepartmentCode).HasMaxLength(3);
        builder.Property(subscription => subscription.RegionCode).HasMaxLength(3);
        builder.Property(subscription => subscription.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(subscription => subscription.ConsentText).HasMaxLength(Subscription.ConsentTextMaxLength);
        builder.Property(subscription => subscription.ConsentSource).HasMaxLength(Subscription.ConsentSourceMaxLength);
        builder.Property(subscription => subscription.ConfirmationTokenHash).HasMaxLength(64);
        builder.Property(subscription => subscription.Version).IsRowVersion();
        builder.HasIndex(subscription => new { subscription.Email, subscription.Topic }).IsUnique().HasDatabaseName(OnePerEmailAndTopic);
        builder.HasIndex(subscription => subscription.ConfirmationTokenHash).IsUnique();
        builder.HasIndex(subscription => new { subscription.Topic, subscription.Status });
    }
}
