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

    public Collective(string name, Guid coordinatorActorId, string communeCode, int edition, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Name = name;
        CoordinatorActorId = coordinatorActorId;
        CommuneCode = communeCode;
        Edition = edition;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public Guid CoordinatorActorId { get; set; }

    /// <summary>INSEE code of the commune the collective acts in.</summary>
    public string CommuneCode { get; set; } = "";

    /// <summary>The year of the edition of the week, e.g. 2026.</summary>
    public int Edition { get; set; }

    public List<CollectiveMember> Members { get; private set; } = [];

    public List<WorkingGroup> WorkingGroups { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; private set; }
}
