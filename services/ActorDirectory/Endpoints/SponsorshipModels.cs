using System.ComponentModel.DataAnnotations;
using ActorDirectory.Domain.Collectives;

namespace ActorDirectory.Endpoints;

/// <summary>An experienced association mentors a newcomer for an edition; a newcomer has one mentor per edition.</summary>
public sealed record StartSponsorshipRequest(
    [property: Required] Guid? MentorActorId,
    [property: Required] Guid? MenteeActorId,
    [property: Required, Range(Editions.First, Editions.Last)] int? Edition,
    [property: Required] DateOnly? StartedOn,
    [property: StringLength(Sponsorship.NotesMaxLength)] string? Notes) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MentorActorId is not null && MentorActorId == MenteeActorId)
        {
            yield return new ValidationResult("An actor cannot mentor itself.", [nameof(MenteeActorId)]);
        }
    }
}

public sealed record EndSponsorshipRequest([property: Required] DateOnly? EndedOn);

public sealed record SponsorshipResponse(
    Guid Id,
    Guid MentorActorId,
    string MentorName,
    Guid MenteeActorId,
    string MenteeName,
    int Edition,
    DateOnly StartedOn,
    DateOnly? EndedOn,
    string? Notes);
