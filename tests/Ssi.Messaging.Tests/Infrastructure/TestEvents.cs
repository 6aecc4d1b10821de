using Ssi.Contracts;

namespace Ssi.Messaging.Tests.Infrastructure;

public sealed record ThingCreated(Guid ThingId, string Name, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static ThingCreated For(Thing thing) => new(thing.Id, thing.Name, DateTimeOffset.UtcNow);
}

/// <summary>What the consumer of <see cref="ThingCreated"/> emits in turn, through its own outbox.</summary>
public sealed record ThingAcknowledged(Guid ThingId, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>Its consumer always throws.</summary>
public sealed record PoisonPill(Guid ThingId, DateTimeOffset OccurredAt) : IIntegrationEvent;
