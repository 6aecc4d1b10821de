using Microsoft.EntityFrameworkCore;
using Ssi.Messaging.Inbox;
using Ssi.Messaging.Outbox;

namespace Ssi.Messaging;

public static class OutboxAndInboxModelExtensions
{
    /// <summary>
    /// Adds the <c>outbox_messages</c> and <c>inbox_messages</c> tables to a service's model;
    /// call it from <c>OnModelCreating</c> of the DbContext given to <c>AddMessaging</c>.
    /// </summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder) =>
        modelBuilder
            .ApplyConfiguration(new OutboxMessageConfiguration())
            .ApplyConfiguration(new InboxMessageConfiguration());
}
