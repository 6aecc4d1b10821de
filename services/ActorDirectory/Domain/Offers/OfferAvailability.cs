namespace ActorDirectory.Domain.Offers;

/// <summary>A window during which an offer can be used.</summary>
public sealed class OfferAvailability
{
    private OfferAvailability()
    {
    }

    public OfferAvailability(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        Id = Guid.CreateVersion7();
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public Guid OfferId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }
}
