namespace ActorDirectory.Domain.Collectives;

/// <summary>A small working group of a collective, led by a lead organisation ("chef de file").</summary>
public sealed class WorkingGroup
{
    public const int NameMaxLength = 200;
    public const int PurposeMaxLength = 2000;

    private WorkingGroup()
    {
    }

    public WorkingGroup(Guid collectiveId, string name, Guid leadActorId)
    {
        Id = Guid.CreateVersion7();
        CollectiveId = collectiveId;
        Name = name;
        LeadActorId = leadActorId;
    }

    public Guid Id { get; private set; }

    public Guid CollectiveId { get; private set; }

    public string Name { get; set; } = "";

    public string? Purpose { get; set; }

    public Guid LeadActorId { get; set; }

    public List<Guid> MemberActorIds { get; set; } = [];
}
