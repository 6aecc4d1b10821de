using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace Ssi.Messaging.Inbox;

/// <summary>Explicit names throughout: the inbox filter and the cleanup query this table in SQL.</summary>
internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(message => new { message.MessageId, message.Consumer }).HasName("pk_inbox_messages");

        builder.Property(message => message.MessageId).HasColumnName("message_id");
        builder.Property(message => message.Consumer).HasColumnName("consumer").HasMaxLength(256);
        builder.Property(message => message.ReceivedAt).HasColumnName("received_at");

        builder.HasIndex(message => message.ReceivedAt).HasDatabaseName("ix_inbox_messages_received_at");
    }
}
