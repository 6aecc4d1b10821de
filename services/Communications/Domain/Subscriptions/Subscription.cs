using Ssi.ServiceDefaults.Territories;

namespace Communications.Domain.Subscriptions;

/// <summary>
/// A citizen's subscription to a topic's news, with the proof of their consent: what they were
/// shown, where, when they asked and when they confirmed from the e-mail. The confirmation token
/// is kept only as its hash, and only until it is used or replaced.
/// </summary>
public sealed class Subscription
{
    public const int ConsentTextMaxLength = 1000;
    public const int ConsentSourceMaxLength = 200;

    private Subscription()
    {
    }

    public Subscription(string email, SubscriptionTopic topic, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Email = email;
        Topic = topic.ToString();
        EventId = topic.EventId;
        if (topic.Territory is { } territory)
        {
            Territory = territory.ToString();
            DepartmentCode = territory.Kind switch
            {
                TerritoryKind.Commune => CommuneCode.DepartmentOf(territory.Code),
                TerritoryKind.Department => territory.Code,
                _ => null,
            };
            RegionCode = territory.Kind == TerritoryKind.Region ? territory.Code
                : DepartmentCode is { } department ? Regions.OfDepartment(department) : null;
        }

        CreatedAt = now.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    /// <summary>Lower-cased, so that one person has one subscription per topic.</summary>
    public string Email { get; private set; } = "";

    public string Topic { get; private set; } = "";

    /// <summary>The subscribed territory (<c>commune:64129</c>), and the department and region it lies in when its code tells.</summary>
    public string? Territory { get; private set; }

    public string? DepartmentCode { get; private set; }

    public string? RegionCode { get; private set; }

    public Guid? EventId { get; private set; }

    public SubscriptionStatus Status { get; private set; }

    /// <summary>The consent text the person was shown when they last asked, word for word.</summary>
    public string ConsentText { get; private set; } = "";

    /// <summary>Where they asked, e.g. "site public, page programme de Billère".</summary>
    public string ConsentSource { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public DateTimeOffset? UnsubscribedAt { get; private set; }

    public string? ConfirmationTokenHash { get; private set; }

    public DateTimeOffset? ConfirmationExpiresAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Starts (or starts again) the double opt-in: the previous token, if any, stops working.</summary>
    public void Request(string consentText, string consentSource, string tokenHash, DateTimeOffset now, TimeSpan tokenLifetime)
    {
        Status = SubscriptionStatus.Pending;
        ConsentText = consentText;
        ConsentSource = consentSource;
        RequestedAt = now.ToUniversalTime();
        ConfirmedAt = null;
        UnsubscribedAt = null;
        ConfirmationTokenHash = tokenHash;
        ConfirmationExpiresAt = (now + tokenLifetime).ToUniversalTime();
    }

    public void Confirm(DateTimeOffset now)
    {
        Status = SubscriptionStatus.Confirmed;
        ConfirmedAt = now.ToUniversalTime();
        ConfirmationTokenHash = null;
        ConfirmationExpiresAt = null;
    }

    public void Unsubscribe(DateTimeOffset now)
    {
        Status = SubscriptionStatus.Unsubscribed;
        UnsubscribedAt = now.ToUniversalTime();
        ConfirmationTokenHash = null;
        ConfirmationExpiresAt = null;
    }
}
