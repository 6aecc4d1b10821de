namespace ActorDirectory.Domain.Collectives;

/// <summary>An experienced association mentoring a newcomer ("parrainage") for an edition.</summary>
public sealed class Sponsorship
{
    public const int NotesMaxLength = 2000;

    private Sponsorship()
    {
    }

    public Sponsorship(Guid mentorActorId, Guid menteeActorId, int edition, DateOnly startedOn)
    {
        Id = Guid.CreateVersion7();
        MentorActorId = mentorActorId;
        MenteeActorId = menteeActorId;
        Edition = edition;
        StartedOn = startedOn;
    }

    public Guid Id { get; private set; }

    public Guid MentorActorId { get; private set; }

    public Guid MenteeActorId { get; private set; }

    public int Edition { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly? EndedOn { get; set; }

    public string? Notes { get; set; }
}
