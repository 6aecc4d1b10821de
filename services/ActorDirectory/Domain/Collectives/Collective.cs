using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Domain.Collectives;

/// <summary>
/// An open collective of a territory for one edition of the week, like Billère's: a coordinator,
/// members who join and leave at any time, a charter they sign, working groups.
/// </summary>
public sealed class Collective
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    private Collective()
    {
    }

    public Collective(string name, Guid coordinatorActorId, TerritoryLocation location, int edition, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Name = name;
        CoordinatorActorId = coordinatorActorId;
        Location = location;
        Edition = edition;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public Guid CoordinatorActorId { get; set; }

    /// <summary>The commune the collective acts in, and the territories above it.</summary>
    public TerritoryLocation Location { get; set; } = null!;

    /// <summary>The year of the edition of the week, e.g. 2026.</summary>
    public int Edition { get; set; }

    public List<CollectiveMember> Members { get; private set; } = [];

    public List<WorkingGroup> WorkingGroups { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; private set; }
}
