using System.ComponentModel.DataAnnotations;
using ActorDirectory.Domain.Actors;

namespace ActorDirectory.Endpoints;

public sealed record RegisterActorRequest(
    [property: Required, StringLength(Actor.NameMaxLength, MinimumLength = 2)] string Name,
    [property: Required] ActorKind? Kind,
    [property: Required] string TerritoryCode,
    [property: StringLength(Actor.DescriptionMaxLength)] string? Description);

public sealed record ActorResponse(
    Guid Id,
    string Name,
    ActorKind Kind,
    string TerritoryCode,
    string? Description,
    ActorStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ActorResponse From(Actor actor) =>
        new(actor.Id, actor.Name, actor.Kind, actor.Location.CommuneCode, actor.Description, actor.Status, actor.CreatedAt, actor.UpdatedAt);
}
