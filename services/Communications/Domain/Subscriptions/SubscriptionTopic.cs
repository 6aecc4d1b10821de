using System.Diagnostics.CodeAnalysis;
using Ssi.ServiceDefaults.Territories;

namespace Communications.Domain.Subscriptions;

/// <summary>
/// What a citizen subscribes to: a territory's news (<c>territory:commune:64129</c>), or one
/// event's (<c>event:{id}</c>), e.g. to hear if it is cancelled.
/// </summary>
public sealed record SubscriptionTopic(TerritoryReference? Territory, Guid? EventId)
{
    public static SubscriptionTopic ForTerritory(TerritoryReference territory) => new(territory, null);

    public static SubscriptionTopic ForEvent(Guid eventId) => new(null, eventId);

    public override string ToString() => Territory is { } territory ? $"territory:{territory}" : $"event:{EventId}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out SubscriptionTopic? topic)
    {
        topic = text switch
        {
            ['t', 'e', 'r', 'r', 'i', 't', 'o', 'r', 'y', ':', .. var territory] when TerritoryReference.TryParse(territory, out var reference) => ForTerritory(reference),
            ['e', 'v', 'e', 'n', 't', ':', .. var id] when Guid.TryParseExact(id, "D", out var eventId) => ForEvent(eventId),
            _ => null,
        };
        return topic is not null;
    }
}
