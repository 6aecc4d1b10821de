using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Domain.Offers;

/// <summary>
/// Something an actor puts at others' disposal: a room for 80 people, hi-fi/video equipment, a
/// stage manager, a pedagogical intervention... An offer without availability windows is
/// available on request at any time.
/// </summary>
public sealed class Offer
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    private Offer()
    {
    }

    public Offer(Guid actorId, OfferKind kind, string title, TerritoryLocation location, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ActorId = actorId;
        Kind = kind;
        Title = title;
        Location = location;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid ActorId { get; private set; }

    public OfferKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>For rooms: how many people it holds.</summary>
    public int? Capacity { get; set; }

    /// <summary>Details in kebab-case, e.g. <c>hifi-video</c>, <c>kitchen</c>, <c>stage-manager</c>.</summary>
    public List<string> Tags { get; set; } = [];

    /// <summary>Where the offer is: the actor's commune unless said otherwise.</summary>
    public TerritoryLocation Location { get; set; } = null!;

    public bool IsWithdrawn { get; set; }

    public List<OfferAvailability> Availabilities { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; private set; }

    /// <summary>Replaces the availability windows; none means available on request.</summary>
    public void ReplaceAvailability(IEnumerable<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> windows)
    {
        Availabilities.Clear();
        Availabilities.AddRange(windows.OrderBy(window => window.StartsAt).Select(window => new OfferAvailability(window.StartsAt, window.EndsAt)));
    }

    /// <returns>False when the offer was already withdrawn.</returns>
    public bool Withdraw(DateTimeOffset now)
    {
        if (IsWithdrawn)
        {
            return false;
        }

        IsWithdrawn = true;
        UpdatedAt = now;
        return true;
    }
}
