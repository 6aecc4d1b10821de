namespace ActorDirectory.Domain;

/// <summary>An organisation taking part in the SSI: a local authority, an association, a school...</summary>
public sealed class Actor
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    private Actor()
    {
    }

    public Actor(string name, ActorKind kind, string territoryCode, string? description, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Name = name;
        Kind = kind;
        TerritoryCode = territoryCode;
        Description = description;
        Status = ActorStatus.Active;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public ActorKind Kind { get; private set; }

    /// <summary>INSEE code of the commune the actor is based in.</summary>
    public string TerritoryCode { get; private set; } = "";

    public string? Description { get; private set; }

    public ActorStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's row version, for optimistic concurrency.</summary>
    public uint Version { get; private set; }
}
