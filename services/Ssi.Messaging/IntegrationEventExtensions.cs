using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts;
using Ssi.Messaging.Outbox;

namespace Ssi.Messaging;

public static class IntegrationEventExtensions
{
    /// <summary>
    /// Stores <paramref name="integrationEvent"/> in the outbox of <paramref name="dbContext"/>: it is
    /// written by the next <c>SaveChanges</c>, in the same transaction as the business change, and
    /// published by the relay right after that transaction commits. Nothing reaches the broker if it
    /// rolls back. The current activity is recorded so the consumers continue its trace.
    /// </summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext dbContext, TEvent integrationEvent)
        where TEvent : class, IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        dbContext.Set<OutboxMessage>().Add(OutboxMessage.Create(integrationEvent, Activity.Current, DateTimeOffset.UtcNow));
    }
}
