using System.ComponentModel.DataAnnotations;
using Communications.Domain.Subscriptions;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace Communications.Endpoints;

/// <param name="Topic"><c>territory:commune:64129</c> (a territory's news: commune, epci, department or region) or <c>event:{id}</c> (one event's, e.g. its cancellation).</param>
/// <param name="Source">Where the person asked, kept as proof of consent (e.g. "site de la ville de Billère, page programme").</param>
public sealed record SubscriptionRequest(
    [property: Required, StringLength(EmailAddressRule.MaxLength)] string Email,
    [property: Required, StringLength(60)] string Topic,
    [property: StringLength(Subscription.ConsentSourceMaxLength), PlainText] string? Source);

/// <param name="ConsentText">The text to show next to the sign-up form: it is what the subscription records as consented to.</param>
public sealed record ConsentResponse(string Topic, string Label, string ConsentText);

public sealed record SubscriptionAccepted(string Detail);

/// <summary>A subscriber as their territory's coordinators see them, with the proof of their consent.</summary>
public sealed record SubscriberResponse(
    Guid Id,
    string Email,
    string Topic,
    string Status,
    string ConsentText,
    string ConsentSource,
    DateTimeOffset RequestedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? UnsubscribedAt)
{
    public static SubscriberResponse From(Subscription subscription) => new(
        subscription.Id, subscription.Email, subscription.Topic, ApiEnum<SubscriptionStatus>.NameOf(subscription.Status), subscription.ConsentText,
        subscription.ConsentSource, subscription.RequestedAt, subscription.ConfirmedAt, subscription.UnsubscribedAt);
}
