using Ssi.Contracts;

namespace Ssi.Messaging.Tests.Infrastructure;

/// <summary>The test services' subscriptions, as <c>PlatformSubscriptions</c> lists the platform's.</summary>
public static class TestSubscriptions
{
    public static readonly Subscription ThingCreated = new("consumer", "thing-created", typeof(ThingCreated));
    public static readonly Subscription PoisonPill = new("consumer", "poison-pill", typeof(PoisonPill));
    public static readonly Subscription ThingAcknowledged = new("producer", "thing-acknowledged", typeof(ThingAcknowledged));
}
