using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Ssi.Messaging.Outbox;

/// <summary>Explicit names throughout: the relay, the monitor and the cleanup query this table in SQL.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(message => message.Id).HasName("pk_outbox_messages");

        builder.Property(message => message.Id).HasColumnName("id");
        builder.Property(message => message.MessageId).HasColumnName("message_id");
        builder.Property(message => message.MessageType).HasColumnName("message_type").HasMaxLength(500);
        builder.Property(message => message.Body).HasColumnName("body").HasColumnType("jsonb");
        builder.Property(message => message.TraceParent).HasColumnName("trace_parent").HasMaxLength(128);
        builder.Property(message => message.TraceState).HasColumnName("trace_state").HasMaxLength(512);
        builder.Property(message => message.CreatedAt).HasColumnName("created_at");
        builder.Property(message => message.DeliveredAt).HasColumnName("delivered_at");
        builder.Property(message => message.Attempts).HasColumnName("attempts");
        builder.Property(message => message.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(message => message.ClaimedBy).HasColumnName("claimed_by");
        builder.Property(message => message.ClaimedUntil).HasColumnName("claimed_until");
        builder.Property(message => message.DeadAt).HasColumnName("dead_at");
        builder.Property(message => message.LastError).HasColumnName("last_error").HasMaxLength(OutboxMessage.LastErrorMaxLength);

        builder.HasIndex(message => message.MessageId).IsUnique().HasDatabaseName("ix_outbox_messages_message_id");
        builder.HasIndex(message => message.Id, "pending").HasFilter("delivered_at IS NULL AND dead_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
        builder.HasIndex(message => message.Id, "dead").HasFilter("dead_at IS NOT NULL").HasDatabaseName("ix_outbox_messages_dead");
        builder.HasIndex(message => message.DeliveredAt).HasFilter("delivered_at IS NOT NULL").HasDatabaseName("ix_outbox_messages_delivered_at");
    }
}
